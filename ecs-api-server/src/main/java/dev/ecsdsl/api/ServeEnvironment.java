package dev.ecsdsl.api;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code bin/ecs-dsl serve} serves in a region: a fresh account's shape (the region's default VPC with a
 * subnet per zone and its default security group, a {@code default} cluster with the FARGATE and FARGATE_SPOT
 * capacity providers) and, in the default region, the EC2 instances of {@code --instances} (spread over the
 * region's zones) and the task definitions and services of the {@code --environment} files.
 */
final class ServeEnvironment {
  /** The most bytes of one environment file read (ECS's largest request is 64 KiB). */
  private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
  private final ServeOptions options;
  private final List<TaskDefinition> taskDefinitions = new ArrayList<>();
  private final List<Service> services = new ArrayList<>();

  private ServeEnvironment(ServeOptions options) {
    this.options = options;
  }

  /**
   * Reads the environment files once.
   *
   * @throws IllegalArgumentException naming the file when one cannot be read or is neither a task definition nor a
   *     service
   */
  static ServeEnvironment read(ServeOptions options) {
    ServeEnvironment environment = new ServeEnvironment(options);
    for (Path file : options.environment()) {
      environment.add(file);
    }
    return environment;
  }

  private void add(Path file) {
    String json;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new IllegalArgumentException(file + ": larger than " + MAX_FILE_BYTES + " bytes");
      }
      json = Files.readString(file);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    switch (EcsJson.detect(json)) {
      case TASK_DEFINITION -> taskDefinitions.add(EcsJson.readTaskDefinition(file.toString(), json).value());
      case SERVICE -> services.add(EcsJson.readService(file.toString(), json).value());
      default -> throw new IllegalArgumentException(file + ": neither a task definition (RegisterTaskDefinition"
          + " input) nor a service (CreateService input)");
    }
  }

  /** The environment of {@code region}. */
  Environment in(String region) {
    EnvironmentBuilder builder = Ecs.environment("ecs-dsl-serve").region(region);
    boolean home = region.equals(options.region());
    builder.cluster("default", c -> {
      c.fargateCapacityProviders();
      if (home) {
        int group = 0;
        for (Map.Entry<String, Integer> instances : options.instances().entrySet()) {
          c.instanceGroup("instances-" + ++group, g -> g.instanceType(instances.getKey()).count(instances.getValue())
              .zones(region + "a", region + "b", region + "c"));
        }
      }
    });
    if (home) {
      Set<String> clusters = new LinkedHashSet<>();
      services.forEach(s -> clusters.add(s.clusterOrDefault()));
      clusters.remove("default");
      clusters.forEach(name -> builder.cluster(name, c -> c.fargateCapacityProviders()));
      taskDefinitions.forEach(builder::taskDefinition);
      services.forEach(builder::service);
    }
    return builder.build();
  }
}
