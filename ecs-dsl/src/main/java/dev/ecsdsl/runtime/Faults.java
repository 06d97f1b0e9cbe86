package dev.ecsdsl.runtime;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a test breaks (and what joins): containers that die or hang, instances that are terminated or lose their
 * agent, Spot interruptions, lost zones, exhausted subnets, instances that join. The control plane answers each as
 * ECS would, on both runtimes.
 *
 * <p>What a runtime cannot do is refused with an {@link UnsupportedOperationException} that says why: on Docker, a
 * container cannot be made to die with an exit code of the test's choosing ({@link #crashContainer}) nor to fail
 * its health checks ({@link #failHealthChecks}), since its real process decides both; script those in memory.
 */
public interface Faults {
  /**
   * Kills a running container as {@code docker kill} does (SIGKILL, exit code 137): an essential container's
   * task stops, and a service replaces it. Returns once the runtime has seen the exit.
   *
   * @param request the request (see {@link ContainerFaultRequest})
   * @return the task, as it is afterwards
   * @throws IllegalArgumentException when the task has no such container
   * @throws IllegalStateException when the container is not running
   */
  Task killContainer(ContainerFaultRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #killContainer(ContainerFaultRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").task(taskArn).container("app")}
   * @return the task, as it is afterwards
   */
  default Task killContainer(Consumer<ContainerFaultRequest.Builder> request) {
    ContainerFaultRequest.Builder builder = ContainerFaultRequest.builder();
    request.accept(builder);
    return killContainer(builder.build());
  }

  /**
   * A running container dies now with the exit code given, as if its process crashed. Returns once the
   * runtime has seen the exit.
   *
   * @param request the request (see {@link CrashContainerRequest})
   * @return the task, as it is afterwards
   * @throws UnsupportedOperationException on Docker, where the container's own process decides its exit code
   */
  Task crashContainer(CrashContainerRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #crashContainer(CrashContainerRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.cluster("prod").task(taskArn).container("app").exitCode(3)}
   * @return the task, as it is afterwards
   */
  default Task crashContainer(Consumer<CrashContainerRequest.Builder> request) {
    CrashContainerRequest.Builder builder = CrashContainerRequest.builder();
    request.accept(builder);
    return crashContainer(builder.build());
  }

  /**
   * From now on the container answers like a hung application: its container health check fails (it turns
   * UNHEALTHY after its retries) and load balancer health checks of its targets get HTTP 503.
   *
   * @param request the request (see {@link ContainerFaultRequest})
   * @return the task, as it is afterwards
   * @throws UnsupportedOperationException on Docker, where the container's own process answers its checks
   */
  Task failHealthChecks(ContainerFaultRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #failHealthChecks(ContainerFaultRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").task(taskArn).container("app")}
   * @return the task, as it is afterwards
   */
  default Task failHealthChecks(Consumer<ContainerFaultRequest.Builder> request) {
    ContainerFaultRequest.Builder builder = ContainerFaultRequest.builder();
    request.accept(builder);
    return failHealthChecks(builder.build());
  }

  /**
   * The EC2 instance is terminated: its tasks stop (stop code TerminationNotice) and it leaves the cluster.
   *
   * @param request the request (see {@link InstanceFaultRequest})
   * @return the container instance, as it is afterwards
   */
  ContainerInstance terminateInstance(InstanceFaultRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #terminateInstance(InstanceFaultRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").containerInstance(arn)}
   * @return the container instance, as it is afterwards
   */
  default ContainerInstance terminateInstance(Consumer<InstanceFaultRequest.Builder> request) {
    InstanceFaultRequest.Builder builder = InstanceFaultRequest.builder();
    request.accept(builder);
    return terminateInstance(builder.build());
  }

  /**
   * The instance's agent loses its connection: no new tasks go there, and ECS hears nothing of its tasks
   * until it reconnects (their containers go on).
   *
   * @param request the request (see {@link InstanceFaultRequest})
   * @return the container instance, as it is afterwards
   */
  ContainerInstance disconnectAgent(InstanceFaultRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #disconnectAgent(InstanceFaultRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").containerInstance(arn)}
   * @return the container instance, as it is afterwards
   */
  default ContainerInstance disconnectAgent(Consumer<InstanceFaultRequest.Builder> request) {
    InstanceFaultRequest.Builder builder = InstanceFaultRequest.builder();
    request.accept(builder);
    return disconnectAgent(builder.build());
  }

  /**
   * The agent reconnects and catches ECS up on what happened meanwhile.
   *
   * @param request the request (see {@link InstanceFaultRequest})
   * @return the container instance, as it is afterwards
   */
  ContainerInstance reconnectAgent(InstanceFaultRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #reconnectAgent(InstanceFaultRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").containerInstance(arn)}
   * @return the container instance, as it is afterwards
   */
  default ContainerInstance reconnectAgent(Consumer<InstanceFaultRequest.Builder> request) {
    InstanceFaultRequest.Builder builder = InstanceFaultRequest.builder();
    request.accept(builder);
    return reconnectAgent(builder.build());
  }

  /**
   * A new EC2 instance of an instance group joins the cluster, as its Auto Scaling group would launch one
   * (round robin over the group's zones, skipping lost ones); DAEMON services follow it at once.
   *
   * @param request the request (see {@link LaunchInstanceRequest})
   * @return the container instance, as it is afterwards
   */
  ContainerInstance launchInstance(LaunchInstanceRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #launchInstance(LaunchInstanceRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").instanceGroup("general")}
   * @return the container instance, as it is afterwards
   */
  default ContainerInstance launchInstance(Consumer<LaunchInstanceRequest.Builder> request) {
    LaunchInstanceRequest.Builder builder = LaunchInstanceRequest.builder();
    request.accept(builder);
    return launchInstance(builder.build());
  }

  /**
   * Fargate Spot interrupts the task: a two-minute warning (SIGTERM, stop code SpotInterruption), then the end;
   * its service replaces it. The task must run on the FARGATE_SPOT capacity provider.
   *
   * @param request the request (see {@link TaskFaultRequest})
   * @return the task, as it is afterwards
   */
  Task interruptSpotTask(TaskFaultRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #interruptSpotTask(TaskFaultRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").task(taskArn)}
   * @return the task, as it is afterwards
   */
  default Task interruptSpotTask(Consumer<TaskFaultRequest.Builder> request) {
    TaskFaultRequest.Builder builder = TaskFaultRequest.builder();
    request.accept(builder);
    return interruptSpotTask(builder.build());
  }

  /**
   * The Availability Zone goes dark: its instances are terminated, its Fargate tasks stop, and no ENI can be
   * created in its subnets until {@link #restoreAvailabilityZone}.
   *
   * @param availabilityZone the zone, e.g. {@code us-east-1a}
   * @return the ARNs of the container instances terminated
   */
  List<String> loseAvailabilityZone(String availabilityZone);

  /**
   * The lost zone's subnets take ENIs again (terminated instances do not come back; Auto Scaling groups and
   * services replace what they lost).
   *
   * @param availabilityZone the zone lost before
   */
  void restoreAvailabilityZone(String availabilityZone);

  /**
   * Every free address of the subnet goes to other ENIs, so awsvpc tasks find none there.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were taken
   */
  int exhaustSubnet(String subnetId);

  /**
   * Frees what {@link #exhaustSubnet} took.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were freed
   */
  int releaseSubnet(String subnetId);

}
