package dev.ecsdsl.dsl;

import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.CpuArchitecture;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.OsFamily;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.RuntimePlatform;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.model.TaskDefinition;
import java.util.function.Consumer;

/** Describes a task definition: launch type, network mode, task size, roles, containers and volumes. */
public final class TaskDefinitionBuilder {
  private final TaskDefinition.Builder td = TaskDefinition.builder();

  TaskDefinitionBuilder(String family) {
    td.family(family);
  }

  /**
   * Requires FARGATE, with awsvpc networking (which Fargate requires).
   *
   * @return this builder
   */
  public TaskDefinitionBuilder fargate() {
    td.addRequiresCompatibility(Compatibility.FARGATE).networkMode(NetworkMode.AWSVPC);
    return this;
  }

  /**
   * Requires EC2.
   *
   * @return this builder
   */
  public TaskDefinitionBuilder ec2() {
    td.addRequiresCompatibility(Compatibility.EC2);
    return this;
  }

  /**
   * Docker network mode.
   *
   * @param mode Docker network mode
   * @return this builder
   */
  public TaskDefinitionBuilder networkMode(NetworkMode mode) {
    td.networkMode(mode);
    return this;
  }

  /**
   * Task CPU in CPU units (1024 = one vCPU).
   *
   * @param cpuUnits task CPU in CPU units (1024 = one vCPU)
   * @return this builder
   */
  public TaskDefinitionBuilder cpu(int cpuUnits) {
    td.cpu(Integer.toString(cpuUnits));
    return this;
  }

  /**
   * Task CPU as ECS reads it: {@code "256"} or {@code "0.25 vCPU"}.
   *
   * @param cpu CPU units or vCPUs, as text
   * @return this builder
   */
  public TaskDefinitionBuilder cpu(String cpu) {
    td.cpu(cpu);
    return this;
  }

  /**
   * Task memory in MiB.
   *
   * @param memoryMiB task memory in MiB
   * @return this builder
   */
  public TaskDefinitionBuilder memory(int memoryMiB) {
    td.memory(Integer.toString(memoryMiB));
    return this;
  }

  /**
   * Task memory as ECS reads it: {@code "512"} or {@code "1 GB"}.
   *
   * @param memory MiB or GB, as text
   * @return this builder
   */
  public TaskDefinitionBuilder memory(String memory) {
    td.memory(memory);
    return this;
  }

  /**
   * Role the application's AWS calls are made with (name or ARN).
   *
   * @param role role the application's AWS calls are made with (name or ARN)
   * @return this builder
   */
  public TaskDefinitionBuilder taskRole(String role) {
    td.taskRoleArn(role);
    return this;
  }

  /**
   * Role ECS pulls images, sends logs and reads secrets with (name or ARN).
   *
   * @param role role ECS pulls images, sends logs and reads secrets with (name or ARN)
   * @return this builder
   */
  public TaskDefinitionBuilder executionRole(String role) {
    td.executionRoleArn(role);
    return this;
  }

  /**
   * A container.
   *
   * @param name the container's name, unique in the task definition
   * @param spec its image, resources, ports and the rest
   * @return this builder
   */
  public TaskDefinitionBuilder container(String name, Consumer<ContainerBuilder> spec) {
    ContainerBuilder b = new ContainerBuilder(name);
    spec.accept(b);
    td.addContainerDefinition(b.build());
    return this;
  }

  /**
   * A volume.
   *
   * @param name the volume's name, which mount points refer to
   * @param spec its kind: host path, Docker volume or EFS
   * @return this builder
   */
  public TaskDefinitionBuilder volume(String name, Consumer<VolumeBuilder> spec) {
    VolumeBuilder b = new VolumeBuilder(name);
    spec.accept(b);
    td.addVolume(b.build());
    return this;
  }

  /**
   * An EFS volume at the file system's root, encrypted in transit.
   *
   * @param name the volume's name, which mount points refer to
   * @param fileSystemId the file system id, e.g. {@code fs-shared}
   * @return this builder
   */
  public TaskDefinitionBuilder efsVolume(String name, String fileSystemId) {
    return volume(name, v -> v.efs(fileSystemId));
  }

  /**
   * A memberOf constraint every task of this definition must satisfy.
   *
   * @param expression a Cluster Query Language expression
   * @return this builder
   */
  public TaskDefinitionBuilder memberOf(String expression) {
    td.addPlacementConstraint(PlacementConstraint.memberOf(expression));
    return this;
  }

  /**
   * OS family and CPU architecture.
   *
   * @param os the operating system family, e.g. {@code LINUX}
   * @param architecture {@code X86_64} or {@code ARM64}
   * @return this builder
   */
  public TaskDefinitionBuilder runtimePlatform(OsFamily os, CpuArchitecture architecture) {
    td.runtimePlatform(RuntimePlatform.builder().operatingSystemFamily(os).cpuArchitecture(architecture).build());
    return this;
  }

  /**
   * A tag.
   *
   * @param key the tag's key
   * @param value the tag's value
   * @return this builder
   */
  public TaskDefinitionBuilder tag(String key, String value) {
    td.addTag(Tag.of(key, value));
    return this;
  }

  /**
   * Direct access to every other field.
   *
   * @param spec sets any field of the task definition's builder
   * @return this builder
   */
  public TaskDefinitionBuilder with(Consumer<TaskDefinition.Builder> spec) {
    spec.accept(td);
    return this;
  }

  TaskDefinition build() {
    return td.build();
  }
}
