package dev.ecsdsl.inmemory;

import dev.ecsdsl.runtime.ContainerStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.ContainerOverride;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResult;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskOverride;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.validation.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InMemoryEcsTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private static EnvironmentBuilder ec2(int instances, String... zones) {
    return Ecs.environment("test")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(instances)
            .zones(zones).attribute("team", "checkout")))
        .taskDefinition("worker", td -> td.container("app", a -> a.image("worker:1").memory(1024).cpu(256)))
        .taskDefinition("edge", td -> td.container("proxy", a -> a.image("proxy:1").memory(128).port(80, 80)))
        .taskDefinition("ssh", td -> td.container("app", a -> a.image("ssh:1").memory(128).port(22, 22)))
        .taskDefinition("web", td -> td.container("app", a -> a.image("web:1").memory(256).port(8080)))
        .taskDefinition("checked", td -> td.container("app", a -> a.image("checked:1").memory(128)
            .healthCheck("curl -f http://localhost/health",
                hc -> hc.interval(10).timeout(5).retries(3).startPeriod(0))))
        .taskDefinition("big", td -> td.container("app", a -> a.image("big:1").memory(7000)))
        .taskDefinition("vpc", td -> td.networkMode(NetworkMode.AWSVPC)
            .container("app", a -> a.image("vpc:1").memory(128).port(8080)));
  }

  private static InMemoryEcs deployed(Environment environment) {
    InMemoryEcs ecs = InMemoryEcs.create(1);
    ecs.deploy(environment);
    return ecs;
  }

  @Test
  void deployRegistersTheInstanceGroupsInstancesWithEcsAttributesAndResources() {
    try (InMemoryEcs ecs = deployed(ec2(3, "us-east-1a", "us-east-1b").build())) {
      List<ContainerInstance> instances = ecs.listContainerInstances("prod");

      assertThat(instances).hasSize(3);
      assertThat(instances).extracting(i -> i.attribute("ecs.availability-zone"))
          .containsExactly("us-east-1a", "us-east-1b", "us-east-1a");
      ContainerInstance first = instances.get(0);
      assertThat(first.attributes()).containsEntry("ecs.instance-type", "m5.large")
          .containsEntry("ecs.os-type", "linux").containsEntry("ecs.cpu-architecture", "x86_64")
          .containsEntry("team", "checkout").containsKey("ecs.ami-id");
      assertThat(first.registeredResources().cpu()).as("2 vCPU × 1024").isEqualTo(2048);
      assertThat(first.registeredResources().memory()).as("8 GiB less what the kernel keeps").isEqualTo(7985);
      assertThat(first.registeredResources().ports()).containsExactly(22, 2375, 2376, 51678, 51679, 51680);
      assertThat(first.registeredResources().taskEnis()).as("3 ENIs, the primary is the host's").isEqualTo(2);
      assertThat(first.containerInstanceArn()).matches(
          "arn:aws:ecs:us-east-1:123456789012:container-instance/prod/[0-9a-f]{32}");
      assertThat(first.ec2InstanceId()).matches("i-[0-9a-f]{17}");
      assertThat(ecs.events()).filteredOn(e -> e.type() == EventType.INSTANCE_REGISTERED).hasSize(3);
      assertThat(ecs.describeCluster("prod").registeredContainerInstancesCount()).isEqualTo(3);
    }
  }

  @Test
  void runTaskPlacesTasksThatGoThroughTheLifecycleToRunning() {
    try (InMemoryEcs ecs = deployed(ec2(2, "us-east-1a").build())) {
      RunTaskResult result = ecs.runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker").count(2)
          .startedBy("job-42").build());

      assertThat(result.failures()).isEmpty();
      assertThat(result.tasks()).hasSize(2).allSatisfy(t -> {
        assertThat(t.lastStatus()).isEqualTo(TaskStatus.PENDING);
        assertThat(t.desiredStatus()).isEqualTo(TaskStatus.RUNNING);
        assertThat(t.group()).isEqualTo("family:worker");
        assertThat(t.startedBy()).contains("job-42");
        assertThat(t.taskDefinitionArn()).endsWith(":task-definition/worker:1");
        assertThat(t.launchType()).isEqualTo(LaunchType.EC2);
        assertThat(t.memory()).isEqualTo(1024);
        assertThat(t.cpu()).isEqualTo(256);
      });
      assertThat(ecs.describeCluster("prod").pendingTasksCount()).isEqualTo(2);

      ecs.advance(MINUTE);

      List<Task> tasks = ecs.listTasks("prod");
      assertThat(tasks).allSatisfy(t -> {
        assertThat(t.lastStatus()).isEqualTo(TaskStatus.RUNNING);
        assertThat(t.startedAt()).isPresent();
        assertThat(t.pullStoppedAt()).isPresent();
        assertThat(t.container("app").lastStatus()).isEqualTo(ContainerStatus.RUNNING);
      });
      assertThat(ecs.describeCluster("prod").runningTasksCount()).isEqualTo(2);
      int reserved = ecs.listContainerInstances("prod").stream()
          .mapToInt(i -> i.registeredResources().memory() - i.remainingResources().memory()).sum();
      assertThat(reserved).isEqualTo(2048);
    }
  }

  @Test
  void badRunTaskCallsAreRejectedWithEcsErrorsAndChangeNothing() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      int events = ecs.events().size();

      assertThatThrownBy(() -> ecs.runTask(RunTaskRequest.of("prod", "worker", 11)))
          .isInstanceOfSatisfying(EcsException.class, e -> assertThat(e.errorCode())
              .isEqualTo("InvalidParameterException")).hasMessageContaining("between 1 and 10");
      assertThatThrownBy(() -> ecs.runTask(RunTaskRequest.of("staging", "worker", 1)))
          .isInstanceOfSatisfying(EcsException.class, e -> assertThat(e.errorCode())
              .isEqualTo("ClusterNotFoundException"));
      assertThatThrownBy(() -> ecs.runTask(RunTaskRequest.of("prod", "worker:7", 1)))
          .isInstanceOfSatisfying(EcsException.class, e -> assertThat(e.errorCode()).isEqualTo("ClientException"))
          .hasMessageContaining("Unable to describe task definition");
      assertThatThrownBy(() -> ecs.runTask(RunTaskRequest.of("prod", "vpc", 1)))
          .hasMessageContaining("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
      assertThatThrownBy(() -> ecs.runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
          .addPlacementConstraint(PlacementConstraint.memberOf("attribute:ecs.instance-type ==")).build()))
          .hasMessageContaining("Invalid memberOf expression");
      assertThatThrownBy(() -> ecs.runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
          .overrides(TaskOverride.builder().addContainerOverride(ContainerOverride.builder().name("ap").build())
              .build()).build()))
          .hasMessageContaining("Override for container named ap is not a container in the TaskDefinition.");

      assertThat(ecs.listTasks("prod")).isEmpty();
      assertThat(ecs.events()).hasSize(events);
    }
  }

  @Test
  void anInvalidEnvironmentIsNotDeployed() {
    Environment broken = ec2(1, "us-east-1a").describe();
    Environment invalid = dev.ecsdsl.model.ImmutableEnvironment.copyOf(broken)
        .withTaskDefinitions(dev.ecsdsl.model.TaskDefinition.builder().family("empty").build());
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      assertThatThrownBy(() -> ecs.deploy(invalid)).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> ecs.listTasks("prod")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("nothing deployed");
    }
  }

  @Test
  void aTaskThatFitsNowhereFailsWithEcsReasonsAndAReadableExplanation() {
    try (InMemoryEcs ecs = deployed(ec2(2, "us-east-1a").build())) {
      assertThat(ecs.runTask(RunTaskRequest.of("prod", "big", 2)).failures()).isEmpty();

      RunTaskResult result = ecs.runTask(RunTaskRequest.of("prod", "worker", 1));

      assertThat(result.tasks()).isEmpty();
      assertThat(result.failures()).hasSize(2).extracting(Failure::reason).containsOnly("RESOURCE:MEMORY");
      assertThat(result.explanations()).singleElement().asString().contains("memory").contains("i-");
      assertThat(ecs.events()).anyMatch(e -> e.type() == EventType.TASK_PLACEMENT_FAILED);
    }
  }

  @Test
  void staticHostPortsCollideAndReservedPortsAreTaken() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      assertThat(ecs.runTask(RunTaskRequest.of("prod", "edge", 1)).tasks()).hasSize(1);

      assertThat(ecs.runTask(RunTaskRequest.of("prod", "edge", 1)).failures())
          .extracting(Failure::reason).containsExactly("RESOURCE:PORTS");
      assertThat(ecs.runTask(RunTaskRequest.of("prod", "ssh", 1)).failures())
          .as("22 is reserved for SSH").extracting(Failure::reason).containsExactly("RESOURCE:PORTS");
    }
  }

  @Test
  void bridgeTasksWithoutHostPortGetDistinctDynamicPortsFromTheEphemeralRange() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      ecs.runTask(RunTaskRequest.of("prod", "web", 3));
      ecs.advance(MINUTE);

      List<Integer> ports = ecs.listTasks("prod").stream()
          .map(t -> t.container("app").networkBindings().get(0).hostPort()).toList();
      assertThat(ports).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).isBetween(32768, 60999));
    }
  }

  @Test
  void awsvpcTasksOnEc2TakeAnEniEachUpToTheInstanceTypesLimit() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      RunTaskRequest request = RunTaskRequest.builder().cluster("prod").taskDefinition("vpc").count(3)
          .networkConfiguration(NetworkConfiguration.of(List.of("subnet-default-us-east-1a"), List.of("default")))
          .build();

      RunTaskResult result = ecs.runTask(request);

      assertThat(result.tasks()).as("m5.large: 3 ENIs, one is the host's").hasSize(2);
      assertThat(result.failures()).extracting(Failure::reason).containsExactly("RESOURCE:ENI");
      assertThat(result.tasks()).allSatisfy(t -> {
        assertThat(t.lastStatus()).isEqualTo(TaskStatus.PROVISIONING);
        assertThat(t.attachments()).singleElement().satisfies(eni -> {
          assertThat(eni.subnetId()).isEqualTo("subnet-default-us-east-1a");
          assertThat(eni.privateIPv4Address()).startsWith("172.31.");
        });
      });
      ecs.advance(MINUTE);
      assertThat(ecs.listTasks("prod")).allSatisfy(t -> {
        assertThat(t.lastStatus()).isEqualTo(TaskStatus.RUNNING);
        assertThat(t.container("app").networkBindings()).as("awsvpc binds no host ports").isEmpty();
      });
    }
  }

  private static Environment fargate() {
    return Ecs.environment("fargate")
        .vpc(v -> v.cidr("10.0.0.0/16").subnet("subnet-a", "us-east-1a", "10.0.1.0/28")
            .subnet("subnet-b", "us-east-1b", "10.0.2.0/24").securityGroup("sg-app", sg -> sg.ingress(8080,
                "10.0.0.0/16")))
        .cluster("serverless", c -> c.fargateCapacityProviders())
        .taskDefinition("api", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image("api:1").port(8080)))
        .build();
  }

  private static RunTaskRequest.Builder fargateRequest(int count, String... subnets) {
    return RunTaskRequest.builder().cluster("serverless").taskDefinition("api").count(count)
        .launchType(LaunchType.FARGATE)
        .networkConfiguration(NetworkConfiguration.of(List.of(subnets), List.of("sg-app")));
  }

  @Test
  void fargateTasksTakeAnAddressInTheirSubnetAndAFullSubnetIsAFailure() {
    try (InMemoryEcs ecs = deployed(fargate())) {
      RunTaskResult first = ecs.runTask(fargateRequest(10, "subnet-a").build());
      assertThat(first.tasks()).hasSize(10).allSatisfy(t -> {
        assertThat(t.launchType()).isEqualTo(LaunchType.FARGATE);
        assertThat(t.containerInstanceArn()).isEmpty();
        assertThat(t.availabilityZone()).isEqualTo("us-east-1a");
      });
      assertThat(first.tasks()).extracting(t -> t.attachments().get(0).privateIPv4Address())
          .doesNotHaveDuplicates().first().isEqualTo("10.0.1.4");

      RunTaskResult second = ecs.runTask(fargateRequest(2, "subnet-a").build());

      assertThat(second.tasks()).as("a /28 has 16 - 5 = 11 usable addresses").hasSize(1);
      assertThat(second.failures()).extracting(Failure::reason).containsExactly("RESOURCE:ENI");
      assertThat(second.explanations()).singleElement().asString().contains("subnet-a");
    }
  }

  @Test
  void fargateSpreadsAGroupOverTheZonesOfItsSubnets() {
    try (InMemoryEcs ecs = deployed(fargate())) {
      RunTaskResult result = ecs.runTask(fargateRequest(6, "subnet-a", "subnet-b").build());

      Map<String, Long> perZone = result.tasks().stream()
          .collect(Collectors.groupingBy(Task::availabilityZone, Collectors.counting()));
      assertThat(perZone).containsEntry("us-east-1a", 3L).containsEntry("us-east-1b", 3L);
    }
  }

  @Test
  void aCapacityProviderStrategyMeetsBaseFirstThenSplitsByWeight() {
    try (InMemoryEcs ecs = deployed(fargate())) {
      RunTaskResult result = ecs.runTask(fargateRequest(5, "subnet-b").launchType(java.util.Optional.empty())
          .addCapacityProviderStrategy(CapacityProviderStrategyItem.of("FARGATE", 1, 1))
          .addCapacityProviderStrategy(CapacityProviderStrategyItem.of("FARGATE_SPOT", 0, 3)).build());

      Map<String, Long> perProvider = result.tasks().stream().collect(Collectors.groupingBy(
          t -> t.capacityProviderName().orElseThrow(), Collectors.counting()));
      assertThat(perProvider).containsEntry("FARGATE", 2L).containsEntry("FARGATE_SPOT", 3L);
    }
  }

  @Test
  void distinctInstancePutsEachTaskOfTheGroupOnADifferentInstance() {
    try (InMemoryEcs ecs = deployed(ec2(3, "us-east-1a", "us-east-1b", "us-east-1c").build())) {
      RunTaskResult result = ecs.runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker").count(4)
          .addPlacementConstraint(PlacementConstraint.distinctInstance()).build());

      assertThat(result.tasks()).hasSize(3).extracting(t -> t.containerInstanceArn().orElseThrow())
          .doesNotHaveDuplicates();
      assertThat(result.failures()).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).contains("DistinctInstance"));
    }
  }

  @Test
  void memberOfKeepsTasksOnMatchingInstancesAndSpreadBalancesZones() {
    try (InMemoryEcs ecs = deployed(ec2(6, "us-east-1a", "us-east-1b", "us-east-1c").build())) {
      RunTaskResult pinned = ecs.runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker").count(4)
          .addPlacementConstraint(PlacementConstraint.memberOf("attribute:ecs.availability-zone == us-east-1b"))
          .build());
      assertThat(pinned.tasks()).hasSize(4).extracting(Task::availabilityZone).containsOnly("us-east-1b");

      RunTaskResult spread = ecs.runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("web").count(9)
          .addPlacementStrategy(PlacementStrategy.spread("attribute:ecs.availability-zone"))
          .addPlacementStrategy(PlacementStrategy.binpack("memory")).build());
      Map<String, Long> perZone = spread.tasks().stream()
          .collect(Collectors.groupingBy(Task::availabilityZone, Collectors.counting()));
      assertThat(perZone).containsOnly(Map.entry("us-east-1a", 3L), Map.entry("us-east-1b", 3L),
          Map.entry("us-east-1c", 3L));
    }
  }

  @Test
  void binpackOnMemoryFillsOneInstanceBeforeTheNext() {
    try (InMemoryEcs ecs = deployed(ec2(3, "us-east-1a").build())) {
      RunTaskResult result = ecs.runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker").count(7)
          .addPlacementStrategy(PlacementStrategy.binpack("memory")).build());

      Map<String, Long> perInstance = result.tasks().stream()
          .collect(Collectors.groupingBy(t -> t.containerInstanceArn().orElseThrow(), Collectors.counting()));
      assertThat(perInstance.values()).as("7985 MiB hold 7 tasks of 1024 MiB").containsExactly(7L);
    }
  }

  @Test
  void stoppingATaskReleasesWhatItReserved() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      Task task = ecs.runTask(RunTaskRequest.of("prod", "edge", 1)).tasks().get(0);
      ecs.advance(MINUTE);

      Task stopping = ecs.stopTask("prod", task.taskArn(), "done for today");
      assertThat(stopping.desiredStatus()).isEqualTo(TaskStatus.STOPPED);
      ecs.advance(MINUTE);

      Task stopped = ecs.describeTask("prod", task.taskId());
      assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(stopped.stopCode()).contains(StopCode.UserInitiated);
      assertThat(stopped.stoppedReason()).contains("done for today");
      assertThat(stopped.stoppedAt()).isPresent();
      ContainerInstance instance = ecs.listContainerInstances("prod").get(0);
      assertThat(instance.remainingResources().memory()).isEqualTo(instance.registeredResources().memory());
      assertThat(instance.remainingResources().ports()).doesNotContain(80);
      assertThat(ecs.runTask(RunTaskRequest.of("prod", "edge", 1)).tasks()).as("port 80 is free again").hasSize(1);
      assertThat(ecs.listTasks("prod", TaskFilter.running())).hasSize(1);
      assertThat(ecs.listTasks("prod", TaskFilter.stopped())).hasSize(1);
    }
  }

  @Test
  void aDrainingInstanceTakesNoNewTasksButKeepsItsStandaloneTasks() {
    try (InMemoryEcs ecs = deployed(ec2(2, "us-east-1a").build())) {
      Task task = ecs.runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);
      String busy = task.containerInstanceArn().orElseThrow();
      ecs.updateContainerInstanceState("prod", busy, ContainerInstanceStatus.DRAINING);
      ecs.advance(MINUTE);

      assertThat(ecs.describeTask("prod", task.taskArn()).lastStatus()).isEqualTo(TaskStatus.RUNNING);
      RunTaskResult more = ecs.runTask(RunTaskRequest.of("prod", "worker", 5));
      assertThat(more.tasks()).extracting(t -> t.containerInstanceArn().orElseThrow()).doesNotContain(busy);
      assertThat(ecs.describeContainerInstance("prod", busy).status()).isEqualTo(ContainerInstanceStatus.DRAINING);
    }
  }

  @Test
  void deregisteringAnInstanceWithTasksNeedsForce() {
    try (InMemoryEcs ecs = deployed(ec2(2, "us-east-1a").build())) {
      Task task = ecs.runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker").build()).tasks().get(0);
      String busy = task.containerInstanceArn().orElseThrow();

      assertThatThrownBy(() -> ecs.deregisterContainerInstance("prod", busy, false))
          .isInstanceOfSatisfying(EcsException.class, e -> assertThat(e.errorCode()).isEqualTo("ClientException"));
      ecs.deregisterContainerInstance("prod", busy, true);

      assertThat(ecs.listContainerInstances("prod")).hasSize(1).extracting(ContainerInstance::containerInstanceArn)
          .doesNotContain(busy);
      assertThat(ecs.describeCluster("prod").registeredContainerInstancesCount()).isEqualTo(1);
    }
  }

  @Test
  void aTerminatedHostStopsItsTasksWithATerminationNotice() {
    try (InMemoryEcs ecs = deployed(ec2(2, "us-east-1a").build())) {
      Task task = ecs.runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);
      ecs.advance(MINUTE);

      ContainerInstance gone = ecs.terminateInstance("prod", task.ec2InstanceId().orElseThrow());

      Task stopped = ecs.describeTask("prod", task.taskArn());
      assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(stopped.stopCode()).contains(StopCode.TerminationNotice);
      assertThat(stopped.stoppedReason()).contains("Host EC2 (instance " + gone.ec2InstanceId() + ") terminated.");
      assertThat(gone.status()).isEqualTo(ContainerInstanceStatus.INACTIVE);
      assertThat(ecs.listContainerInstances("prod")).hasSize(1);
    }
  }

  @Test
  void aHostTerminatedWhileATaskIsDeactivatingStopsItOnce() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      Task task = ecs.runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);
      ecs.advance(MINUTE);
      ecs.stopTask("prod", task.taskArn(), "going away");
      assertThat(ecs.describeTask("prod", task.taskArn()).lastStatus()).isEqualTo(TaskStatus.DEACTIVATING);

      ecs.terminateInstance("prod", task.containerInstanceArn().orElseThrow());
      ecs.advance(MINUTE);

      Task stopped = ecs.describeTask("prod", task.taskArn());
      assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(stopped.stopCode()).as("the first reason stays").contains(StopCode.UserInitiated);
      assertThat(ecs.events()).filteredOn(e -> e.type() == EventType.TASK_STATUS_CHANGED
          && e.message().endsWith("STOPPED") || e.message().contains("→ STOPPED")).hasSize(1);
    }
  }

  @Test
  void whileItsAgentIsDisconnectedEcsLearnsNothingOfAnInstancesTasksAndPlacesNothingThere() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      ecs.behaviour("worker", "app", ContainerBehaviour.exitsAfter(Duration.ofMinutes(2), 1));
      Task task = ecs.runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);
      ecs.advance(MINUTE);
      ecs.disconnectAgent("prod", task.containerInstanceArn().orElseThrow());

      ecs.advance(Duration.ofMinutes(5));
      assertThat(ecs.describeTask("prod", task.taskArn()).lastStatus()).as("ECS has not heard of the exit")
          .isEqualTo(TaskStatus.RUNNING);
      assertThat(ecs.runTask(RunTaskRequest.of("prod", "worker", 1)).failures()).extracting(Failure::reason)
          .containsExactly("AGENT");

      ecs.reconnectAgent("prod", task.containerInstanceArn().orElseThrow());
      ecs.advance(MINUTE);
      Task stopped = ecs.describeTask("prod", task.taskArn());
      assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(stopped.stopCode()).contains(StopCode.EssentialContainerExited);
      assertThat(stopped.container("app").exitCode()).contains(1);
    }
  }

  @Test
  void anImageThatCannotBePulledFailsTheTaskToStart() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      ecs.behaviourOfImage("worker:1", ContainerBehaviour.failsToPull("manifest for worker:1 not found"));
      Task task = ecs.runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);

      ecs.advance(MINUTE);

      Task stopped = ecs.describeTask("prod", task.taskArn());
      assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(stopped.stopCode()).contains(StopCode.TaskFailedToStart);
      assertThat(stopped.stoppedReason()).hasValueSatisfying(r -> assertThat(r)
          .startsWith("CannotPullContainerError").contains("manifest for worker:1 not found"));
    }
  }

  @Test
  void aContainersOutputIsReadableAndOutlivesItsTask() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      ecs.agent().output("worker", "app", List.of("listening on :8080", "ready"));
      Task task = ecs.runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);
      assertThat(ecs.logs("prod", task.taskArn(), "app")).as("not started yet").isEmpty();

      ecs.advance(MINUTE);
      ecs.stopTask("prod", task.taskArn(), "");
      ecs.advance(MINUTE);

      assertThat(ecs.describeTask("prod", task.taskArn()).lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(ecs.logs("prod", task.taskArn(), "app")).containsExactly("listening on :8080", "ready");
      assertThatThrownBy(() -> ecs.logs("prod", task.taskArn(), "sidecar"))
          .hasMessageContaining("has no container named sidecar");
    }
  }

  @Test
  void overridesChangeWhatTheTaskReserves() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      Task task = ecs.runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
          .overrides(TaskOverride.builder().addContainerOverride(ContainerOverride.builder().name("app")
              .memory(2048).cpu(512).addCommand("run", "--fast").build()).build()).build()).tasks().get(0);

      assertThat(task.memory()).isEqualTo(2048);
      assertThat(task.cpu()).isEqualTo(512);
    }
  }

  @Test
  void theSameSeedAndCallsGiveTheSameTimelineByteForByte() {
    Function<Long, String> run = seed -> {
      try (InMemoryEcs ecs = InMemoryEcs.create(seed)) {
        ecs.deploy(ec2(6, "us-east-1a", "us-east-1b", "us-east-1c").build());
        ecs.behaviour("worker", "app", ContainerBehaviour.exitsAfter(Duration.ofSeconds(90), 2));
        ecs.runTask(RunTaskRequest.of("prod", "worker", 10));
        ecs.runTask(RunTaskRequest.of("prod", "web", 10));
        ecs.advance(Duration.ofMinutes(3));
        ecs.listTasks("prod").stream().limit(3).forEach(t -> ecs.stopTask("prod", t.taskArn(), ""));
        ecs.advance(Duration.ofMinutes(3));
        return ecs.timeline();
      }
    };

    String first = run.apply(99L);
    assertThat(run.apply(99L)).isEqualTo(first);
    assertThat(run.apply(100L)).isNotEqualTo(first);
    assertThat(first).contains("TASK_PLACED").contains("PENDING → ACTIVATING").contains("exited with code 2");
  }

  @Test
  void runUntilIdleReturnsOnceOnlyRunningContainersRemain() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      ecs.runTask(RunTaskRequest.of("prod", "worker", 1));

      Duration passed = ecs.runUntilIdle(Duration.ofHours(1));

      assertThat(passed).isLessThan(MINUTE);
      assertThat(ecs.listTasks("prod")).allMatch(t -> t.lastStatus() == TaskStatus.RUNNING);
    }
  }

  @Test
  void periodicHealthChecksDoNotKeepTheRuntimeBusyButAComingHealthChangeDoes() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      ecs.behaviour("checked", "app", ContainerBehaviour.becomesUnhealthyAfter(Duration.ofMinutes(10)));
      Task task = ecs.runTask(RunTaskRequest.of("prod", "checked", 1)).tasks().get(0);

      Duration passed = ecs.runUntilIdle(Duration.ofHours(5));

      Task now = ecs.describeTask("prod", task.taskArn());
      assertThat(now.healthStatus()).as("turned unhealthy 10 min after start, after 3 failed checks")
          .isEqualTo(dev.ecsdsl.runtime.HealthStatus.UNHEALTHY);
      assertThat(passed).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(12));
      assertThat(ecs.runUntilIdle(Duration.ofHours(5))).as("nothing more to come").isZero();
    }
  }

  @Test
  void runUntilStopsAsSoonAsTheConditionHolds() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      Task task = ecs.runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);

      boolean running = ecs.runUntil(r -> r.describeTask("prod", task.taskArn()).lastStatus() == TaskStatus.RUNNING,
          Duration.ofHours(1));

      assertThat(running).isTrue();
      assertThat(ecs.now()).isEqualTo(ecs.describeTask("prod", task.taskArn()).startedAt().orElseThrow());
      assertThat(ecs.runUntil(r -> false, Duration.ofSeconds(30))).isFalse();
    }
  }
}
