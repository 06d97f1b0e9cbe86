package dev.ecsdsl.control;

import dev.ecsdsl.control.autoscaling.AutoScaler;
import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.ids.AccountArns;
import dev.ecsdsl.control.launch.LaunchTarget;
import dev.ecsdsl.control.launch.LaunchTargets;
import dev.ecsdsl.control.launch.RunTaskValidation;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceRecord;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.control.services.ServiceStatus;
import dev.ecsdsl.control.tags.ResourceTags;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRegistry;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRevision;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.MetricDatapoint;
import dev.ecsdsl.runtime.ScalingActivity;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceNotActiveException;
import dev.ecsdsl.runtime.ServiceNotFoundException;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.SteadyStateCheck;
import dev.ecsdsl.validation.Validator;
import java.util.List;
import java.util.Optional;

/**
 * ECS's service operations: CreateService, UpdateService, DeleteService, DescribeServices and ListServices, and
 * Application Auto Scaling's view of a service (its scaling activities and metrics).
 */
public final class ServiceOperations {
  private final DeployedEnvironment environment;
  private final Clusters clusters;
  private final TaskDefinitionRegistry taskDefinitions;
  private final ServiceScheduler scheduler;
  private final AutoScaler autoScaler;
  private final ResourceTags tags;

  ServiceOperations(DeployedEnvironment environment, Clusters clusters, TaskDefinitionRegistry taskDefinitions,
      ServiceScheduler scheduler, AutoScaler autoScaler, ResourceTags tags) {
    this.environment = environment;
    this.clusters = clusters;
    this.taskDefinitions = taskDefinitions;
    this.scheduler = scheduler;
    this.autoScaler = autoScaler;
    this.tags = tags;
    scheduler.onForgotten(this::forgotten);
  }

  /** The scheduler forgot an INACTIVE service: so do the description and the tags. */
  private void forgotten(ServiceRecord service) {
    boolean newerExists = scheduler.service(service.cluster(), service.name()).isPresent();
    environment.forgetService(service.cluster().name(), service.name(), newerExists);
    if (!newerExists) {
      tags.forget(service.arn());
    }
  }

  /** A service of the deployed description: created as CreateService would, without its checks. */
  void deploy(Service service) {
    ClusterRecord cluster = clusters.require(service.clusterOrDefault());
    TaskDefinitionRevision revision = taskDefinitions.find(service.taskDefinition()).orElseThrow();
    ServiceRecord record = scheduler.create(cluster, service, arns().service(cluster.name(), service.serviceName()),
        revision);
    if (service.autoScaling().isPresent()) {
      autoScaler.register(record);
    }
  }

  /**
   * CreateService on a deployed cluster (validated with its task definition first).
   *
   * @param service the service to create
   * @return the new service
   */
  public ServiceDescription createService(Service service) {
    environment.require();
    ClusterRecord cluster = clusters.require(service.clusterOrDefault());
    if (scheduler.service(cluster, service.serviceName()).filter(s -> s.status() != ServiceStatus.INACTIVE)
        .isPresent()) {
      throw EcsException.invalidParameter("Creation of service was not idempotent.");
    }
    TaskDefinitionRevision revision = taskDefinitions.requireActive(service.taskDefinition());
    // The service and its task definition, as CreateService checks them; not the whole environment (an
    // image of an unknown repository, say, fails when the task pulls it, not here).
    Validator.validate(service, revision.definition()).throwIfInvalid("service " + service.serviceName());
    ResourceTags.check(service.tags());
    checkLaunch(cluster, service, revision);
    environment.addService(service);
    ServiceRecord record = scheduler.create(cluster, service, arns().service(cluster.name(), service.serviceName()),
        revision);
    tags.forget(record.arn());
    tags.tag(record.arn(), service.tags());
    if (service.autoScaling().isPresent()) {
      autoScaler.register(record);
    }
    scheduler.reconcileNow();
    return scheduler.describe(record);
  }

  /**
   * What the service's first launch would refuse, refused before the service is stored (ECS validates a
   * CreateService completely first): a negative desired count, a launch type or capacity provider that cannot take
   * its tasks, a task definition that cannot run there, a network configuration missing or naming subnets or
   * security groups the VPC does not have. What is left to placement (room, constraints) becomes service events.
   */
  private void checkLaunch(ClusterRecord cluster, Service service, TaskDefinitionRevision revision) {
    if (service.desiredCount().map(c -> c < 0).orElse(false)) {
      throw EcsException.invalidParameter("desiredCount must be 0 or more.");
    }
    for (LaunchTarget target : LaunchTargets.each(cluster, service.launchType(),
        service.capacityProviderStrategy())) {
      RunTaskValidation.checkCompatible(revision.definition(),
          target.fargate() ? Compatibility.FARGATE : Compatibility.EC2);
      RunTaskValidation.checkNetwork(environment.get(), revision.definition(), target.fargate(),
          service.networkConfiguration());
    }
  }

  /**
   * UpdateService. A new task definition, deployment configuration, placement or a forced new deployment start a
   * deployment; a desired count alone is applied by the current one.
   *
   * @param request the UpdateService request
   * @return the service after the update
   */
  public ServiceDescription updateService(UpdateServiceRequest request) {
    ServiceRecord service = service(request.cluster(), request.service());
    requireActive(service);
    if (request.desiredCount().map(c -> c < 0).orElse(false)) {
      throw EcsException.invalidParameter("desiredCount must be 0 or more.");
    }
    if (service.service().schedulingStrategyOrDefault() == SchedulingStrategy.DAEMON
        && request.desiredCount().isPresent()) {
      throw EcsException.invalidParameter("The desired count of a DAEMON service cannot be set; it runs one task"
          + " on every eligible container instance.");
    }
    Optional<TaskDefinitionRevision> revision = request.taskDefinition().map(taskDefinitions::requireActive);
    Service.Builder updated = Service.builder().from(service.service());
    request.desiredCount().ifPresent(updated::desiredCount);
    request.deploymentConfiguration().ifPresent(updated::deploymentConfiguration);
    request.healthCheckGracePeriodSeconds().ifPresent(updated::healthCheckGracePeriodSeconds);
    request.placementConstraints().ifPresent(updated::placementConstraints);
    request.placementStrategy().ifPresent(updated::placementStrategy);
    revision.ifPresent(r -> updated.taskDefinition(r.arn()));
    Service next = updated.build();
    boolean placement = request.placementConstraints().isPresent() || request.placementStrategy().isPresent();
    TaskDefinitionRevision deployed = revision.orElseGet(() ->
        taskDefinitions.find(service.primary().spec().taskDefinitionArn()).orElseThrow());
    // every update is checked as CreateService checks the service (a deployment configuration of its own too)
    Validator.validate(next, deployed.definition()).throwIfInvalid("service " + next.serviceName());
    scheduler.update(service, next, request.desiredCount());
    if (revision.isPresent() || placement || request.deploymentConfiguration().isPresent()
        || request.forceNewDeployment()) {
      scheduler.deploy(service, deployed);
    }
    scheduler.reconcileNow();
    return scheduler.describe(service);
  }

  /**
   * DeleteService: refused while the service is scaled above 0 unless {@code force}; its tasks stop and it goes
   * DRAINING, then INACTIVE once they have.
   *
   * @param cluster the cluster's name
   * @param name the service's name
   * @param force whether to delete a service still scaled above 0
   * @return the service, now DRAINING
   */
  public ServiceDescription deleteService(String cluster, String name, boolean force) {
    ServiceRecord service = service(cluster, name);
    requireActive(service);
    if (service.desiredCount() > 0 && !force
        && service.service().schedulingStrategyOrDefault() != SchedulingStrategy.DAEMON) {
      throw EcsException.invalidParameter("The service cannot be stopped while it is scaled above 0.");
    }
    scheduler.delete(service);
    return scheduler.describe(service);
  }

  /**
   * DescribeServices for one service.
   *
   * @param cluster the cluster's name
   * @param name the service's name or ARN
   * @return the service
   */
  public ServiceDescription describeService(String cluster, String name) {
    return scheduler.describe(service(cluster, name));
  }

  /**
   * The services of a cluster (ListServices + DescribeServices): the ACTIVE ones.
   *
   * @param cluster the cluster's name
   * @return the cluster's services
   */
  public List<ServiceDescription> listServices(String cluster) {
    environment.require();
    return scheduler.services(clusters.require(cluster)).stream().map(scheduler::describe).toList();
  }

  /**
   * The service's deployments as ECS records them (ListServiceDeployments, DescribeServiceDeployments), oldest
   * first: each with its target and source revisions, status, circuit breaker and rollback.
   *
   * @param cluster the cluster's name
   * @param name the service's name
   * @return the service's deployments, oldest first
   */
  public List<ServiceDeployment> serviceDeployments(String cluster, String name) {
    return service(cluster, name).deployments();
  }

  /**
   * Whether DescribeServices would show the service steady now (cheaper than describing it).
   *
   * @param cluster the cluster's name
   * @param name the service's name
   * @return true when the service is steady
   */
  public boolean isSteady(String cluster, String name) {
    return scheduler.isSteady(service(cluster, name));
  }

  /**
   * The services-stable waiter's acceptors on a DescribeServices of the service now, without building it: FAILURE
   * when it is missing, DRAINING or INACTIVE, SUCCESS when it has one deployment and running = desired.
   *
   * @param cluster the cluster's name or ARN
   * @param name the service's name or ARN
   * @return the acceptor's state
   * @throws EcsException what DescribeServices throws (an unknown cluster)
   */
  public SteadyStateCheck.WaiterState servicesStable(String cluster, String name) {
    ServiceRecord service;
    try {
      service = service(cluster, name);
    } catch (ServiceNotFoundException e) {
      return SteadyStateCheck.WaiterState.FAILURE;
    }
    if (service.status() != ServiceStatus.ACTIVE) {
      return SteadyStateCheck.WaiterState.FAILURE;
    }
    return scheduler.isStable(service) ? SteadyStateCheck.WaiterState.SUCCESS : SteadyStateCheck.WaiterState.RETRY;
  }

  /**
   * Application Auto Scaling's DescribeScalingActivities for a service, oldest first.
   *
   * @param cluster the cluster's name
   * @param name the service's name
   * @return the activities, oldest first
   */
  public List<ScalingActivity> describeScalingActivities(String cluster, String name) {
    return autoScaler.activities(service(cluster, name));
  }

  /**
   * The one-minute datapoints recorded so far of a metric of a service with auto scaling.
   *
   * @param cluster the cluster's name
   * @param name the service's name
   * @param metric the predefined metric
   * @return the datapoints, oldest first
   */
  public List<MetricDatapoint> metricData(String cluster, String name, PredefinedMetricType metric) {
    return autoScaler.metricData(service(cluster, name), metric);
  }

  private ServiceRecord service(String cluster, String reference) {
    environment.require();
    return scheduler.service(clusters.require(cluster), Arns.name(reference)).orElseThrow(() ->
        new ServiceNotFoundException("Service not found."));
  }

  /** UpdateService and DeleteService take ACTIVE services only (ECS: ServiceNotActiveException). */
  private static void requireActive(ServiceRecord service) {
    if (service.status() != ServiceStatus.ACTIVE) {
      throw new ServiceNotActiveException("Service was not ACTIVE.");
    }
  }

  private AccountArns arns() {
    return AccountArns.of(environment.get());
  }
}
