package dev.ecsdsl.control;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.clusters.InstanceFleet;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.faults.Outages;
import dev.ecsdsl.control.launch.TaskLauncher;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.control.tasks.TaskLifecycle;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EventType;
import java.util.List;

/**
 * What a test breaks, and what joins: an instance's agent disconnects and reconnects, an EC2 instance is
 * terminated or launched into its group, a whole Availability Zone is lost and restored, a subnet runs out of
 * addresses and gets them back. The control plane answers each as ECS would.
 */
public final class Faults {
  private final DeployedEnvironment environment;
  private final ContainerInstanceOperations instances;
  private final Clusters clusters;
  private final InstanceFleet fleet;
  private final Outages outages;
  private final TaskLifecycle lifecycle;
  private final TaskLauncher launcher;
  private final ServiceScheduler scheduler;
  private final EventLog log;

  Faults(DeployedEnvironment environment, ContainerInstanceOperations instances, Clusters clusters, InstanceFleet fleet, Outages outages,
      TaskLifecycle lifecycle, TaskLauncher launcher, ServiceScheduler scheduler, EventLog log) {
    this.environment = environment;
    this.instances = instances;
    this.clusters = clusters;
    this.fleet = fleet;
    this.outages = outages;
    this.lifecycle = lifecycle;
    this.launcher = launcher;
    this.scheduler = scheduler;
    this.log = log;
  }

  /**
   * The instance's agent loses its connection to ECS: no new tasks go there, and ECS learns nothing of its
   * tasks until it reconnects (their containers go on running).
   *
   * @param cluster the cluster's name
   * @param reference the container instance's ARN or id
   * @return the container instance, now with its agent disconnected
   */
  public ContainerInstance disconnectAgent(String cluster, String reference) {
    ClusterRecord record = instances.cluster(cluster);
    InstanceRecord instance = ContainerInstanceOperations.instance(record, reference);
    if (record.setAgentConnected(instance, false)) {
      log.record(EventType.AGENT_CONNECTIVITY_CHANGED, record.name(), instance.subject(), "agent disconnected");
    }
    return instances.snapshot(record, instance);
  }

  /**
   * The agent reconnects and reports what happened meanwhile, then does what it was asked meanwhile.
   *
   * @param cluster the cluster's name
   * @param reference the container instance's ARN or id
   * @return the container instance, now with its agent connected
   */
  public ContainerInstance reconnectAgent(String cluster, String reference) {
    ClusterRecord record = instances.cluster(cluster);
    InstanceRecord instance = ContainerInstanceOperations.instance(record, reference);
    if (record.setAgentConnected(instance, true)) {
      log.record(EventType.AGENT_CONNECTIVITY_CHANGED, record.name(), instance.subject(), "agent reconnected");
      launcher.placeWaiting(record);
      scheduler.requestReconcile();
      lifecycle.agentReconnected(instance);
    }
    return instances.snapshot(record, instance);
  }

  /**
   * The EC2 instance is terminated: its tasks stop at once ({@code TerminationNotice}) and the container
   * instance is deregistered.
   *
   * @param cluster the cluster's name
   * @param reference the container instance's ARN or id
   * @return the container instance after the termination
   */
  public ContainerInstance terminateInstance(String cluster, String reference) {
    ClusterRecord record = instances.cluster(cluster);
    InstanceRecord instance = ContainerInstanceOperations.instance(record, reference);
    if (!instance.isRegistered()) {
      throw EcsException.invalidParameter("Container instance " + reference + " is already deregistered.");
    }
    fleet.terminate(record, instance);
    scheduler.reconcileNow();
    return instances.snapshot(record, instance);
  }

  /**
   * A new EC2 instance of one of the cluster's instance groups joins, as its Auto Scaling group would launch
   * one: registered ACTIVE at once, in the group's next zone (round robin) that is not lost.
   *
   * @param cluster the cluster's name
   * @param instanceGroup the name of the cluster's instance group
   * @return the new container instance
   */
  public ContainerInstance launchInstance(String cluster, String instanceGroup) {
    ClusterRecord record = instances.cluster(cluster);
    InstanceRecord instance = fleet.launch(record, instanceGroup);
    scheduler.reconcileNow();
    return instances.snapshot(record, instance);
  }

  /**
   * The Availability Zone goes dark: its container instances are terminated, its Fargate tasks stop
   * (TerminationNotice), and no ENI can be created in its subnets until {@link #restoreAvailabilityZone}.
   *
   * @param zone the Availability Zone, e.g. {@code us-east-1a}
   * @return the ARNs of the terminated container instances
   */
  public List<String> loseAvailabilityZone(String zone) {
    environment.require();
    List<String> terminated = outages.loseZone(zone);
    scheduler.reconcileNow();
    return terminated;
  }

  /**
   * The zone's subnets take ENIs again (its terminated instances do not come back).
   *
   * @param zone the Availability Zone lost before
   */
  public void restoreAvailabilityZone(String zone) {
    environment.require();
    outages.restoreZone(zone);
    clusters.all().forEach(launcher::placeWaiting);
    scheduler.reconcileNow();
  }

  /**
   * Every free address of the subnet goes to other ENIs.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were taken
   */
  public int exhaustSubnet(String subnetId) {
    environment.require();
    return outages.exhaustSubnet(subnetId);
  }

  /**
   * Frees the addresses {@link #exhaustSubnet} took.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were freed
   */
  public int releaseSubnet(String subnetId) {
    environment.require();
    int released = outages.releaseSubnet(subnetId);
    clusters.all().forEach(launcher::placeWaiting);
    scheduler.reconcileNow();
    return released;
  }
}
