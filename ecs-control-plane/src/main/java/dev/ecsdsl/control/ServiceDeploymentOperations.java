package dev.ecsdsl.control;

import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.services.AlarmStates;
import dev.ecsdsl.control.services.LifecycleHookTargets;
import dev.ecsdsl.control.services.RevisionCounts;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceDeploymentStatus;
import dev.ecsdsl.control.services.ServiceRecord;
import dev.ecsdsl.control.services.ServiceRevision;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.runtime.InvalidParameterException;
import dev.ecsdsl.runtime.ServiceDeploymentNotFoundException;
import dev.ecsdsl.runtime.ServiceNotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * ECS's service deployment operations (API reference): ListServiceDeployments, DescribeServiceDeployments,
 * DescribeServiceRevisions and StopServiceDeployment, over the deployments the service scheduler records; and what a
 * test stands in for: the lifecycle hooks' Lambda functions and the deployment alarms' states. Calls may come from
 * any thread (they run on the control plane's); a deployment's record changes on that thread, so on Docker read it
 * in a call on the runtime (a {@code runUntil} condition) or find it again.
 */
public final class ServiceDeploymentOperations {
  private final DeployedEnvironment environment;
  private final Clusters clusters;
  private final ServiceScheduler scheduler;
  private final EventLoop loop;

  ServiceDeploymentOperations(DeployedEnvironment environment, Clusters clusters, ServiceScheduler scheduler,
      EventLoop loop) {
    this.loop = loop;
    this.environment = environment;
    this.clusters = clusters;
    this.scheduler = scheduler;
  }

  /** {@return the Lambda functions of lifecycle hooks: a test registers a handler per {@code hookTargetArn}} */
  public LifecycleHookTargets lifecycleHooks() {
    return scheduler.lifecycleHooks();
  }

  /** {@return the states of the CloudWatch alarms deployments watch: a test sets them} */
  public AlarmStates alarms() {
    return scheduler.alarms();
  }

  /**
   * ListServiceDeployments: a service's deployments, newest first, filtered by status and creation time.
   *
   * @param cluster the cluster's name or ARN
   * @param service the service's name or ARN
   * @param statuses the statuses to list (all when empty)
   * @param createdAfter only deployments created at or after this time
   * @param createdBefore only deployments created at or before this time
   * @return the deployments
   * @throws ServiceNotFoundException when there is no such service
   */
  public List<ServiceDeployment> list(String cluster, String service, Collection<ServiceDeploymentStatus> statuses,
      Optional<Instant> createdAfter, Optional<Instant> createdBefore) {
    return loop.onLoopThread(() -> listOnLoop(cluster, service, statuses, createdAfter, createdBefore));
  }

  private List<ServiceDeployment> listOnLoop(String cluster, String service,
      Collection<ServiceDeploymentStatus> statuses, Optional<Instant> createdAfter, Optional<Instant> createdBefore) {
    environment.require();
    ServiceRecord record = scheduler.service(clusters.require(cluster), Arns.name(service)).orElseThrow(() ->
        new ServiceNotFoundException("Service not found."));
    List<ServiceDeployment> all = new ArrayList<>(record.deployments());
    java.util.Collections.reverse(all);
    return all.stream().filter(d -> statuses.isEmpty() || statuses.contains(d.status()))
        .filter(d -> createdAfter.map(a -> !d.createdAt().isBefore(a)).orElse(true))
        .filter(d -> createdBefore.map(b -> !d.createdAt().isAfter(b)).orElse(true)).toList();
  }

  /**
   * {@return a service deployment by ARN, if it exists (DescribeServiceDeployments reports the others as failures)}
   *
   * @param serviceDeploymentArn {@code arn:aws:ecs:<region>:<account>:service-deployment/<cluster>/<service>/<id>}
   */
  public Optional<ServiceDeployment> find(String serviceDeploymentArn) {
    return loop.onLoopThread(() -> {
      environment.require();
      return serviceOf(serviceDeploymentArn, ":service-deployment/").stream()
          .flatMap(s -> s.deployments().stream()).filter(d -> d.arn().equals(serviceDeploymentArn)).findFirst();
    });
  }

  /**
   * {@return a service revision by ARN, if it exists}
   *
   * @param serviceRevisionArn {@code arn:aws:ecs:<region>:<account>:service-revision/<cluster>/<service>/<id>}
   */
  public Optional<ServiceRevision> findRevision(String serviceRevisionArn) {
    return loop.onLoopThread(() -> {
      environment.require();
      return serviceOf(serviceRevisionArn, ":service-revision/").stream()
          .flatMap(s -> s.deployments().stream())
          .flatMap(d -> Stream.concat(Stream.of(d.target()), d.sources().stream()))
          .filter(r -> r.arn().equals(serviceRevisionArn)).findFirst();
    });
  }

  /**
   * {@return how many tasks of a revision its service has now}
   *
   * @param revision the revision
   */
  public RevisionCounts counts(ServiceRevision revision) {
    return loop.onLoopThread(() -> {
      environment.require();
      return serviceOf(revision.arn(), ":service-revision/").map(s -> scheduler.revisionCounts(s, revision))
          .orElse(new RevisionCounts(0, 0, 0));
    });
  }

  /**
   * StopServiceDeployment.
   *
   * @param serviceDeploymentArn the deployment's ARN
   * @param stopType {@code ROLLBACK} (the default when null) or {@code ABORT}
   * @return the deployment, stopping
   * @throws ServiceDeploymentNotFoundException when there is no such deployment
   * @throws InvalidParameterException for another stop type
   * @throws dev.ecsdsl.runtime.ConflictException when the deployment is over
   */
  public ServiceDeployment stop(String serviceDeploymentArn, String stopType) {
    String type = stopType == null ? "ROLLBACK" : stopType;
    if (!type.equals("ROLLBACK") && !type.equals("ABORT")) {
      throw new InvalidParameterException("stopType must be ROLLBACK or ABORT, got " + stopType + ".");
    }
    return loop.onLoopThread(() -> {
      ServiceDeployment deployment = find(serviceDeploymentArn).orElseThrow(() ->
          new ServiceDeploymentNotFoundException("The service deploy ARN that you specified in the "
              + "StopServiceDeployment doesn't exist. You can use ListServiceDeployments to retrieve the service "
              + "deployment ARNs."));
      ServiceRecord service = serviceOf(serviceDeploymentArn, ":service-deployment/").orElseThrow();
      scheduler.stopDeployment(service, deployment, type.equals("ROLLBACK"));
      return deployment;
    });
  }

  /** The service an ARN of {@code <type>/<cluster>/<service>/<id>} belongs to. */
  private Optional<ServiceRecord> serviceOf(String arn, String type) {
    int at = arn == null ? -1 : arn.indexOf(type);
    if (at < 0) {
      return Optional.empty();
    }
    String[] parts = arn.substring(at + type.length()).split("/");
    if (parts.length != 3) {
      return Optional.empty();
    }
    return clusters.find(parts[0]).flatMap(c -> scheduler.service(c, parts[1]));
  }
}
