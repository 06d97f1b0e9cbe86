package dev.ecsdsl.control;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.ClusterSnapshots;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.clusters.CustomAttributes;
import dev.ecsdsl.control.clusters.IdentityDocument;
import dev.ecsdsl.control.clusters.InstanceFleet;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.tags.ResourceTags;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.launch.TaskLauncher;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.RegisterContainerInstanceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ECS's container instance operations: RegisterContainerInstance, DescribeContainerInstances,
 * ListContainerInstances, UpdateContainerInstancesState and DeregisterContainerInstance; and every EC2 instance the run has had, for cost.
 */
public final class ContainerInstanceOperations {
  private final DeployedEnvironment environment;
  private final Clusters clusters;
  private final TaskStore tasks;
  private final TaskLauncher launcher;
  private final ServiceScheduler scheduler;
  private final EventLog log;
  private final InstanceFleet fleet;
  private final ResourceTags tags;

  ContainerInstanceOperations(DeployedEnvironment environment, Clusters clusters, TaskStore tasks,
      TaskLauncher launcher, ServiceScheduler scheduler, EventLog log, InstanceFleet fleet, ResourceTags tags) {
    this.fleet = fleet;
    this.tags = tags;
    this.environment = environment;
    this.clusters = clusters;
    this.tasks = tasks;
    this.launcher = launcher;
    this.scheduler = scheduler;
    this.log = log;
  }

  /**
   * DescribeContainerInstances for one instance.
   *
   * @param cluster the cluster's name
   * @param reference the container instance's ARN or id
   * @return the container instance
   */
  public ContainerInstance describeContainerInstance(String cluster, String reference) {
    ClusterRecord record = cluster(cluster);
    return snapshot(record, instance(record, reference));
  }

  /**
   * ListContainerInstances + DescribeContainerInstances, deregistered ones left out.
   *
   * @param cluster the cluster's name
   * @return the cluster's registered container instances
   */
  public List<ContainerInstance> listContainerInstances(String cluster) {
    ClusterRecord record = cluster(cluster);
    return record.instances().stream().filter(InstanceRecord::isRegistered).map(i -> snapshot(record, i)).toList();
  }

  /**
   * UpdateContainerInstancesState. Standalone tasks keep running on a draining instance, as in ECS; a service
   * replaces its tasks there.
   *
   * @param cluster the cluster's name
   * @param reference the container instance's ARN or id
   * @param status ACTIVE or DRAINING
   * @return the container instance after the change
   */
  public ContainerInstance updateContainerInstanceState(String cluster, String reference,
      ContainerInstanceStatus status) {
    ClusterRecord record = cluster(cluster);
    InstanceRecord instance = instance(record, reference);
    if (status == ContainerInstanceStatus.INACTIVE) {
      throw EcsException.invalidParameter("status must be ACTIVE or DRAINING; deregister an instance to make it"
          + " INACTIVE.");
    }
    if (!instance.isRegistered()) {
      throw EcsException.invalidParameter("Container instance " + reference + " is deregistered.");
    }
    if (record.setStatus(instance, status)) {
      log.record(EventType.INSTANCE_STATUS_CHANGED, record.name(), instance.subject(), status.toString());
      if (status == ContainerInstanceStatus.ACTIVE) {
        launcher.placeWaiting(record);
      }
      scheduler.reconcileNow();
    }
    return snapshot(record, instance);
  }

  /**
   * RegisterContainerInstance, as the agent of an EC2 instance calls it. Everything is checked before anything
   * is registered: the identity document (its region must be this one's), the resources, the custom attributes
   * and tags; an EC2 instance registers once (again with its {@code containerInstanceArn} to get the same one).
   * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterContainerInstance.html
   *
   * @param request the agent's request
   * @return the container instance, ACTIVE
   */
  public ContainerInstance registerContainerInstance(RegisterContainerInstanceRequest request) {
    ClusterRecord record = cluster(request.cluster());
    IdentityDocument document = IdentityDocument.parse(request.instanceIdentityDocument(),
        environment.get().region());
    if (request.containerInstanceArn().isPresent()) {
      String arn = request.containerInstanceArn().get();
      InstanceRecord existing = record.instance(arn).filter(i -> i.ec2InstanceId().equals(document.instanceId()))
          .orElseThrow(() -> EcsException.invalidParameter("Container instance " + arn + " of EC2 instance "
              + document.instanceId() + " was never registered in cluster " + record.name() + "."));
      if (!existing.isRegistered()) {
        throw EcsException.client("Container instance " + arn + " is deregistered (INACTIVE); register the"
            + " instance without containerInstanceArn.");
      }
      return snapshot(record, existing);
    }
    for (ClusterRecord other : clusters.all()) {
      other.instances().stream().filter(InstanceRecord::isRegistered)
          .filter(i -> i.ec2InstanceId().equals(document.instanceId())).findFirst().ifPresent(i -> {
            throw EcsException.client("EC2 instance " + document.instanceId() + " is already registered as "
                + i.arn() + "; deregister it first, or register again with that containerInstanceArn.");
          });
    }
    request.totalResources().ifPresent(ContainerInstanceOperations::checkResources);
    List<Map<String, String>> attributes = CustomAttributes.splitRegistration(request.attributes());
    ResourceTags.check(request.tags());
    InstanceRecord instance = fleet.registerAgent(record, document, request.totalResources(),
        request.agentVersion(), attributes.get(0), attributes.get(1));
    if (!request.tags().isEmpty()) {
      tags.tag(instance.arn(), request.tags());
    }
    scheduler.reconcileNow();
    return snapshot(record, instance);
  }

  private static void checkResources(ContainerInstance.Resources resources) {
    if (resources.cpu() <= 0 || resources.memory() <= 0) {
      throw EcsException.invalidParameter("totalResources: CPU and MEMORY must be positive integers; were "
          + resources.cpu() + " and " + resources.memory() + ".");
    }
    for (int port : resources.ports()) {
      checkPort(port);
    }
    for (int port : resources.portsUdp()) {
      checkPort(port);
    }
  }

  private static void checkPort(int port) {
    if (port < 1 || port > 65_535) {
      throw EcsException.invalidParameter("totalResources: port " + port + " is not 1-65535.");
    }
  }

  /**
   * DeregisterContainerInstance. Without force an instance with tasks is refused; with force its tasks keep
   * running on the host but the cluster no longer counts the instance.
   *
   * @param cluster the cluster's name
   * @param reference the container instance's ARN or id
   * @param force whether to deregister an instance that still has tasks
   * @return the container instance, now INACTIVE
   */
  public ContainerInstance deregisterContainerInstance(String cluster, String reference, boolean force) {
    ClusterRecord record = cluster(cluster);
    InstanceRecord instance = instance(record, reference);
    if (!instance.isRegistered()) {
      throw EcsException.invalidParameter("Container instance " + reference + " is already deregistered.");
    }
    int live = tasks.liveOn(instance).size();
    if (live > 0 && !force) {
      throw EcsException.client("Container instance " + instance.ec2InstanceId() + " has " + live
          + " task(s) that are not stopped; stop them first or deregister with force.");
    }
    record.deregister(instance);
    log.record(EventType.INSTANCE_STATUS_CHANGED, record.name(), instance.subject(), "INACTIVE (deregistered"
        + (live > 0 ? ", " + live + " task(s) orphaned" : "") + ")");
    return snapshot(record, instance);
  }

  /**
   * Every EC2 instance the run has had, in registration order, terminated ones included: what it is and when it
   * ran (for cost reports). A deregistered instance that was not terminated still runs.
   *
   * @return every instance with when it ran
   */
  public List<InstanceLifetime> instanceLifetimes() {
    List<InstanceLifetime> result = new ArrayList<>();
    for (ClusterRecord cluster : clusters.all()) {
      for (InstanceRecord instance : cluster.instances()) {
        result.add(new InstanceLifetime(cluster.name(), instance.ec2InstanceId(), instance.instanceGroup(),
            instance.instanceType(), instance.spec().registeredAt(), instance.terminatedAt()));
      }
    }
    return result;
  }

  ClusterRecord cluster(String name) {
    environment.require();
    return clusters.require(name);
  }

  static InstanceRecord instance(ClusterRecord cluster, String reference) {
    return cluster.instance(reference).orElseThrow(() -> EcsException.invalidParameter(
        "The referenced container instance was not found in cluster " + cluster.name() + ": " + reference));
  }

  ContainerInstance snapshot(ClusterRecord cluster, InstanceRecord instance) {
    TaskStore.Counts counts = TaskStore.count(tasks.liveOn(instance));
    return ClusterSnapshots.instance(cluster, instance, counts.running(), counts.pending());
  }
}
