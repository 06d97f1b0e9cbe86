package dev.ecsdsl.inmemory;

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
import dev.ecsdsl.runtime.ContainerStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskOverride;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
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
      List<ContainerInstance> instances = ListAndDescribe.containerInstances(ecs.ecs(), "prod");

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
      assertThat(ecs.ecs().describeClusters(q -> q.clusters("prod")).cluster().registeredContainerInstancesCount())
          .isEqualTo(3);
    }
  }

  @Test
  void runTaskPlacesTasksThatGoThroughTheLifecycleToRunning() {
    try (InMemoryEcs ecs = deployed(ec2(2, "us-east-1a").build())) {
      RunTaskResponse result = ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
          .count(2)
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
      assertThat(ecs.ecs().describeClusters(q -> q.clusters("prod")).cluster().pendingTasksCount()).isEqualTo(2);

      ecs.clock().advance(MINUTE);

      List<Task> tasks = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all());
      assertThat(tasks).allSatisfy(t -> {
        assertThat(t.lastStatus()).isEqualTo(TaskStatus.RUNNING);
        assertThat(t.startedAt()).isPresent();
        assertThat(t.pullStoppedAt()).isPresent();
        assertThat(t.container("app").lastStatus()).isEqualTo(ContainerStatus.RUNNING);
      });
      assertThat(ecs.ecs().describeClusters(q -> q.clusters("prod")).cluster().runningTasksCount()).isEqualTo(2);
      int reserved = ListAndDescribe.containerInstances(ecs.ecs(), "prod").stream()
          .mapToInt(i -> i.registeredResources().memory() - i.remainingResources().memory()).sum();
      assertThat(reserved).isEqualTo(2048);
    }
  }

  @Test
  void badRunTaskCallsAreRejectedWithEcsErrorsAndChangeNothing() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      int events = ecs.events().size();

      assertThatThrownBy(() -> ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 11)))
          .isInstanceOfSatisfying(EcsException.class, e -> assertThat(e.errorCode())
              .isEqualTo("InvalidParameterException")).hasMessageContaining("between 1 and 10");
      assertThatThrownBy(() -> ecs.ecs().runTask(RunTaskRequest.of("staging", "worker", 1)))
          .isInstanceOfSatisfying(EcsException.class, e -> assertThat(e.errorCode())
              .isEqualTo("ClusterNotFoundException"));
      assertThatThrownBy(() -> ecs.ecs().runTask(RunTaskRequest.of("prod", "worker:7", 1)))
          .isInstanceOfSatisfying(EcsException.class, e -> assertThat(e.errorCode()).isEqualTo("ClientException"))
          .hasMessageContaining("Unable to describe task definition");
      assertThatThrownBy(() -> ecs.ecs().runTask(RunTaskRequest.of("prod", "vpc", 1)))
          .hasMessageContaining("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
      assertThatThrownBy(() -> ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
          .addPlacementConstraint(PlacementConstraint.memberOf("attribute:ecs.instance-type ==")).build()))
          .hasMessageContaining("Invalid memberOf expression");
      assertThatThrownBy(() -> ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
          .overrides(TaskOverride.builder().addContainerOverride(ContainerOverride.builder().name("ap").build())
              .build()).build()))
          .hasMessageContaining("Override for container named ap is not a container in the TaskDefinition.");

      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all())).isEmpty();
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
      assertThatThrownBy(() -> ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("nothing deployed");
    }
  }

  @Test
  void aTaskThatFitsNowhereFailsWithEcsReasonsAndAReadableExplanation() {
    try (InMemoryEcs ecs = deployed(ec2(2, "us-east-1a").build())) {
      assertThat(ecs.ecs().runTask(RunTaskRequest.of("prod", "big", 2)).failures()).isEmpty();

      RunTaskResponse result = ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 1));

      assertThat(result.tasks()).isEmpty();
      assertThat(result.failures()).hasSize(2).extracting(Failure::reason).containsOnly("RESOURCE:MEMORY");
      assertThat(result.explanations()).singleElement().asString().contains("memory").contains("i-");
      assertThat(ecs.events()).anyMatch(e -> e.type() == EventType.TASK_PLACEMENT_FAILED);
    }
  }

  @Test
  void staticHostPortsCollideAndReservedPortsAreTaken() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      assertThat(ecs.ecs().runTask(RunTaskRequest.of("prod", "edge", 1)).tasks()).hasSize(1);

      assertThat(ecs.ecs().runTask(RunTaskRequest.of("prod", "edge", 1)).failures())
          .extracting(Failure::reason).containsExactly("RESOURCE:PORTS");
      assertThat(ecs.ecs().runTask(RunTaskRequest.of("prod", "ssh", 1)).failures())
          .as("22 is reserved for SSH").extracting(Failure::reason).containsExactly("RESOURCE:PORTS");
    }
  }

  @Test
  void bridgeTasksWithoutHostPortGetDistinctDynamicPortsFromTheEphemeralRange() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      ecs.ecs().runTask(RunTaskRequest.of("prod", "web", 3));
      ecs.clock().advance(MINUTE);

      List<Integer> ports = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all()).stream()
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

      RunTaskResponse result = ecs.ecs().runTask(request);

      assertThat(result.tasks()).as("m5.large: 3 ENIs, one is the host's").hasSize(2);
      assertThat(result.failures()).extracting(Failure::reason).containsExactly("RESOURCE:ENI");
      assertThat(result.tasks()).allSatisfy(t -> {
        assertThat(t.lastStatus()).isEqualTo(TaskStatus.PROVISIONING);
        assertThat(t.attachments()).singleElement().satisfies(eni -> {
          assertThat(eni.subnetId()).isEqualTo("subnet-default-us-east-1a");
          assertThat(eni.privateIPv4Address()).startsWith("172.31.");
        });
      });
      ecs.clock().advance(MINUTE);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all())).allSatisfy(t -> {
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
      RunTaskResponse first = ecs.ecs().runTask(fargateRequest(10, "subnet-a").build());
      assertThat(first.tasks()).hasSize(10).allSatisfy(t -> {
        assertThat(t.launchType()).isEqualTo(LaunchType.FARGATE);
        assertThat(t.containerInstanceArn()).isEmpty();
        assertThat(t.availabilityZone()).isEqualTo("us-east-1a");
      });
      assertThat(first.tasks()).extracting(t -> t.attachments().get(0).privateIPv4Address())
          .doesNotHaveDuplicates().first().isEqualTo("10.0.1.4");

      RunTaskResponse second = ecs.ecs().runTask(fargateRequest(2, "subnet-a").build());

      assertThat(second.tasks()).as("a /28 has 16 - 5 = 11 usable addresses").hasSize(1);
      assertThat(second.failures()).extracting(Failure::reason).containsExactly("RESOURCE:ENI");
      assertThat(second.explanations()).singleElement().asString().contains("subnet-a");
    }
  }

  @Test
  void fargateSpreadsAGroupOverTheZonesOfItsSubnets() {
    try (InMemoryEcs ecs = deployed(fargate())) {
      RunTaskResponse result = ecs.ecs().runTask(fargateRequest(6, "subnet-a", "subnet-b").build());

      Map<String, Long> perZone = result.tasks().stream()
          .collect(Collectors.groupingBy(Task::availabilityZone, Collectors.counting()));
      assertThat(perZone).containsEntry("us-east-1a", 3L).containsEntry("us-east-1b", 3L);
    }
  }

  @Test
  void aCapacityProviderStrategyMeetsBaseFirstThenSplitsByWeight() {
    try (InMemoryEcs ecs = deployed(fargate())) {
      RunTaskResponse result = ecs.ecs().runTask(fargateRequest(5, "subnet-b").launchType(java.util.Optional.empty())
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
      RunTaskResponse result = ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
          .count(4)
          .addPlacementConstraint(PlacementConstraint.distinctInstance()).build());

      assertThat(result.tasks()).hasSize(3).extracting(t -> t.containerInstanceArn().orElseThrow())
          .doesNotHaveDuplicates();
      assertThat(result.failures()).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).contains("DistinctInstance"));
    }
  }

  @Test
  void memberOfKeepsTasksOnMatchingInstancesAndSpreadBalancesZones() {
    try (InMemoryEcs ecs = deployed(ec2(6, "us-east-1a", "us-east-1b", "us-east-1c").build())) {
      RunTaskResponse pinned = ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
          .count(4)
          .addPlacementConstraint(PlacementConstraint.memberOf("attribute:ecs.availability-zone == us-east-1b"))
          .build());
      assertThat(pinned.tasks()).hasSize(4).extracting(Task::availabilityZone).containsOnly("us-east-1b");

      RunTaskResponse spread = ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("web").count(9)
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
      RunTaskResponse result = ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
          .count(7)
          .addPlacementStrategy(PlacementStrategy.binpack("memory")).build());

      Map<String, Long> perInstance = result.tasks().stream()
          .collect(Collectors.groupingBy(t -> t.containerInstanceArn().orElseThrow(), Collectors.counting()));
      assertThat(perInstance.values()).as("7985 MiB hold 7 tasks of 1024 MiB").containsExactly(7L);
    }
  }

  @Test
  void stoppingATaskReleasesWhatItReserved() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      Task task = ecs.ecs().runTask(RunTaskRequest.of("prod", "edge", 1)).tasks().get(0);
      ecs.clock().advance(MINUTE);

      Task stopping = ecs.ecs().stopTask(q -> q.cluster("prod").task(task.taskArn()).reason("done for today")).task();
      assertThat(stopping.desiredStatus()).isEqualTo(TaskStatus.STOPPED);
      ecs.clock().advance(MINUTE);

      Task stopped = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskId())).task();
      assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(stopped.stopCode()).contains(StopCode.UserInitiated);
      assertThat(stopped.stoppedReason()).contains("done for today");
      assertThat(stopped.stoppedAt()).isPresent();
      ContainerInstance instance = ListAndDescribe.containerInstances(ecs.ecs(), "prod").get(0);
      assertThat(instance.remainingResources().memory()).isEqualTo(instance.registeredResources().memory());
      assertThat(instance.remainingResources().ports()).doesNotContain(80);
      assertThat(ecs.ecs().runTask(RunTaskRequest.of("prod", "edge", 1)).tasks()).as("port 80 is free again")
          .hasSize(1);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running())).hasSize(1);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.stopped())).hasSize(1);
    }
  }

  @Test
  void aDrainingInstanceTakesNoNewTasksButKeepsItsStandaloneTasks() {
    try (InMemoryEcs ecs = deployed(ec2(2, "us-east-1a").build())) {
      Task task = ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);
      String busy = task.containerInstanceArn().orElseThrow();
      ecs.ecs().updateContainerInstancesState(q -> q.cluster("prod").containerInstances(busy)
          .status(ContainerInstanceStatus.DRAINING)).containerInstances().get(0);
      ecs.clock().advance(MINUTE);

      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn())).task().lastStatus())
          .isEqualTo(TaskStatus.RUNNING);
      RunTaskResponse more = ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 5));
      assertThat(more.tasks()).extracting(t -> t.containerInstanceArn().orElseThrow()).doesNotContain(busy);
      assertThat(ecs.ecs().describeContainerInstances(q -> q.cluster("prod").containerInstances(busy))
          .containerInstance().status()).isEqualTo(ContainerInstanceStatus.DRAINING);
    }
  }

  @Test
  void deregisteringAnInstanceWithTasksNeedsForce() {
    try (InMemoryEcs ecs = deployed(ec2(2, "us-east-1a").build())) {
      Task task = ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker").build()).tasks()
          .get(0);
      String busy = task.containerInstanceArn().orElseThrow();

      assertThatThrownBy(() -> ecs.ecs().deregisterContainerInstance(q -> q.cluster("prod").containerInstance(busy)
          .force(false)).containerInstance())
          .isInstanceOfSatisfying(EcsException.class, e -> assertThat(e.errorCode()).isEqualTo("ClientException"));
      ecs.ecs().deregisterContainerInstance(q -> q.cluster("prod").containerInstance(busy).force(true))
          .containerInstance();

      assertThat(ListAndDescribe.containerInstances(ecs.ecs(), "prod")).hasSize(1)
          .extracting(ContainerInstance::containerInstanceArn)
          .doesNotContain(busy);
      assertThat(ecs.ecs().describeClusters(q -> q.clusters("prod")).cluster().registeredContainerInstancesCount())
          .isEqualTo(1);
    }
  }

  @Test
  void aTerminatedHostStopsItsTasksWithATerminationNotice() {
    try (InMemoryEcs ecs = deployed(ec2(2, "us-east-1a").build())) {
      Task task = ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);
      ecs.clock().advance(MINUTE);

      ContainerInstance gone = ecs.faults().terminateInstance(q -> q.cluster("prod").containerInstance(task
          .ec2InstanceId().orElseThrow()));

      Task stopped = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn())).task();
      assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(stopped.stopCode()).contains(StopCode.TerminationNotice);
      assertThat(stopped.stoppedReason()).contains("Host EC2 (instance " + gone.ec2InstanceId() + ") terminated.");
      assertThat(gone.status()).isEqualTo(ContainerInstanceStatus.INACTIVE);
      assertThat(ListAndDescribe.containerInstances(ecs.ecs(), "prod")).hasSize(1);
    }
  }

  @Test
  void aHostTerminatedWhileATaskIsDeactivatingStopsItOnce() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      Task task = ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);
      ecs.clock().advance(MINUTE);
      ecs.ecs().stopTask(q -> q.cluster("prod").task(task.taskArn()).reason("going away"));
      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn())).task().lastStatus())
          .isEqualTo(TaskStatus.DEACTIVATING);

      ecs.faults().terminateInstance(q -> q.cluster("prod").containerInstance(task.containerInstanceArn()
          .orElseThrow()));
      ecs.clock().advance(MINUTE);

      Task stopped = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn())).task();
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
      Task task = ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);
      ecs.clock().advance(MINUTE);
      ecs.faults().disconnectAgent(q -> q.cluster("prod").containerInstance(task.containerInstanceArn().orElseThrow()));

      ecs.clock().advance(Duration.ofMinutes(5));
      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn())).task().lastStatus())
          .as("ECS has not heard of the exit")
          .isEqualTo(TaskStatus.RUNNING);
      assertThat(ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 1)).failures()).extracting(Failure::reason)
          .containsExactly("AGENT");

      ecs.faults().reconnectAgent(q -> q.cluster("prod").containerInstance(task.containerInstanceArn().orElseThrow()));
      ecs.clock().advance(MINUTE);
      Task stopped = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn())).task();
      assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(stopped.stopCode()).contains(StopCode.EssentialContainerExited);
      assertThat(stopped.container("app").exitCode()).contains(1);
    }
  }

  @Test
  void anImageThatCannotBePulledFailsTheTaskToStart() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      ecs.behaviourOfImage("worker:1", ContainerBehaviour.failsToPull("manifest for worker:1 not found"));
      Task task = ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);

      ecs.clock().advance(MINUTE);

      Task stopped = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn())).task();
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
      Task task = ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);
      assertThat(ecs.logs().getLogEvents(q -> q.cluster("prod").task(task.taskArn()).container("app")).messages())
          .as("not started yet").isEmpty();

      ecs.clock().advance(MINUTE);
      ecs.ecs().stopTask(q -> q.cluster("prod").task(task.taskArn()).reason(""));
      ecs.clock().advance(MINUTE);

      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn())).task().lastStatus())
          .isEqualTo(TaskStatus.STOPPED);
      assertThat(ecs.logs().getLogEvents(q -> q.cluster("prod").task(task.taskArn()).container("app")).messages())
          .containsExactly("listening on :8080", "ready");
      assertThatThrownBy(() -> ecs.logs().getLogEvents(q -> q.cluster("prod").task(task.taskArn()).container("sidecar"))
          .messages())
          .hasMessageContaining("has no container named sidecar");
    }
  }

  @Test
  void overridesChangeWhatTheTaskReserves() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      Task task = ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
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
        ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 10));
        ecs.ecs().runTask(RunTaskRequest.of("prod", "web", 10));
        ecs.clock().advance(Duration.ofMinutes(3));
        ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all()).stream().limit(3).forEach(t -> ecs.ecs()
            .stopTask(q -> q.cluster("prod").task(t.taskArn()).reason("")).task());
        ecs.clock().advance(Duration.ofMinutes(3));
        return ecs.events().timeline();
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
      ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 1));

      Duration passed = ecs.clock().runUntilIdle(Duration.ofHours(1));

      assertThat(passed).isLessThan(MINUTE);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all()))
          .allMatch(t -> t.lastStatus() == TaskStatus.RUNNING);
    }
  }

  @Test
  void periodicHealthChecksDoNotKeepTheRuntimeBusyButAComingHealthChangeDoes() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      ecs.behaviour("checked", "app", ContainerBehaviour.becomesUnhealthyAfter(Duration.ofMinutes(10)));
      Task task = ecs.ecs().runTask(RunTaskRequest.of("prod", "checked", 1)).tasks().get(0);

      Duration passed = ecs.clock().runUntilIdle(Duration.ofHours(5));

      Task now = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn())).task();
      assertThat(now.healthStatus()).as("turned unhealthy 10 min after start, after 3 failed checks")
          .isEqualTo(dev.ecsdsl.runtime.HealthStatus.UNHEALTHY);
      assertThat(passed).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(12));
      assertThat(ecs.clock().runUntilIdle(Duration.ofHours(5))).as("nothing more to come").isZero();
    }
  }

  @Test
  void runUntilStopsAsSoonAsTheConditionHolds() {
    try (InMemoryEcs ecs = deployed(ec2(1, "us-east-1a").build())) {
      Task task = ecs.ecs().runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0);

      ecs.await("the task running", r -> r.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn())).task()
          .lastStatus() == TaskStatus.RUNNING).atMost(Duration.ofHours(1));

      assertThat(ecs.clock().now()).isEqualTo(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(task.taskArn()))
          .task().startedAt().orElseThrow());
      assertThatThrownBy(() -> ecs.await("nothing", r -> false).atMost(Duration.ofSeconds(30)))
          .isInstanceOf(WaitTimeoutException.class);
    }
  }
}
