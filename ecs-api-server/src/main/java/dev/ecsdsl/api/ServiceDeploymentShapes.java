package dev.ecsdsl.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.control.services.RevisionCounts;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceRevision;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Service;
import java.util.Optional;
import java.util.function.Function;

/**
 * ECS's shapes of service deployments and revisions (API reference: {@code ServiceDeploymentBrief},
 * {@code ServiceDeployment}, {@code ServiceRevisionSummary}, {@code ServiceRevision}), as the AWS SDKs read them.
 */
final class ServiceDeploymentShapes {
  private ServiceDeploymentShapes() {}

  static ObjectNode brief(ServiceDeployment deployment) {
    ObjectNode node = Shapes.object().put("serviceDeploymentArn", deployment.arn())
        .put("serviceArn", deployment.serviceArn()).put("clusterArn", deployment.clusterArn())
        .put("targetServiceRevisionArn", deployment.target().arn()).put("status", deployment.status().name());
    Shapes.time(node, "createdAt", Optional.of(deployment.createdAt()));
    Shapes.time(node, "startedAt", deployment.startedAt());
    Shapes.time(node, "finishedAt", deployment.finishedAt());
    deployment.statusReason().ifPresent(r -> node.put("statusReason", r));
    return node;
  }

  static ObjectNode deployment(ServiceDeployment deployment, Function<ServiceRevision, RevisionCounts> counts) {
    ObjectNode node = brief(deployment);
    node.remove("targetServiceRevisionArn");
    Shapes.time(node, "stoppedAt", deployment.stoppedAt());
    Shapes.time(node, "updatedAt", Optional.of(deployment.updatedAt()));
    Optional<Double> production = deployment.productionTrafficWeight();
    Optional<Double> test = deployment.testTrafficWeight();
    ArrayNode sources = node.putArray("sourceServiceRevisions");
    for (ServiceRevision source : deployment.sources()) {
      sources.add(summary(source, counts.apply(source), production.map(p -> 100.0 - p), test.map(t -> 100.0 - t)));
    }
    node.set("targetServiceRevision", summary(deployment.target(), counts.apply(deployment.target()), production,
        test));
    deployment.lifecycleStage().ifPresent(s -> node.put("lifecycleStage", s.name()));
    node.set("deploymentConfiguration", service(deployment.target(), deployment).get("deploymentConfiguration"));
    deployment.rollback().ifPresent(r -> {
      ObjectNode rollback = node.putObject("rollback").put("reason", r.reason())
          .put("serviceRevisionArn", r.serviceRevisionArn());
      Shapes.time(rollback, "startedAt", Optional.of(r.startedAt()));
    });
    node.putObject("deploymentCircuitBreaker").put("status", deployment.circuitBreakerStatus().name())
        .put("failureCount", deployment.circuitBreakerFailureCount())
        .put("threshold", deployment.circuitBreakerThreshold());
    ObjectNode alarms = node.putObject("alarms").put("status", deployment.alarmsStatus().name());
    deployment.alarmNames().forEach(alarms.putArray("alarmNames")::add);
    deployment.triggeredAlarmNames().forEach(alarms.putArray("triggeredAlarmNames")::add);
    return node;
  }

  private static ObjectNode summary(ServiceRevision revision, RevisionCounts counts, Optional<Double> production,
      Optional<Double> test) {
    ObjectNode node = Shapes.object().put("arn", revision.arn())
        .put("requestedTaskCount", counts.requestedTaskCount()).put("runningTaskCount", counts.runningTaskCount())
        .put("pendingTaskCount", counts.pendingTaskCount());
    production.ifPresent(p -> node.put("requestedProductionTrafficWeight", p));
    test.ifPresent(t -> node.put("requestedTestTrafficWeight", t));
    return node;
  }

  static ObjectNode revision(ServiceRevision revision) {
    ObjectNode node = Shapes.object().put("serviceRevisionArn", revision.arn())
        .put("serviceArn", revision.serviceArn()).put("clusterArn", revision.clusterArn())
        .put("taskDefinition", revision.taskDefinitionArn());
    revision.launchType().ifPresent(l -> node.put("launchType", l.name()));
    ObjectNode configuration = service(revision, null);
    for (String member : new String[] {"capacityProviderStrategy", "loadBalancers", "networkConfiguration"}) {
      if (configuration.has(member)) {
        node.set(member, configuration.get(member));
      }
    }
    ArrayNode images = node.putArray("containerImages");
    revision.containerImages().forEach(i -> images.add(Shapes.object().put("containerName", i.containerName())
        .put("image", i.image())));
    Shapes.time(node, "createdAt", Optional.of(revision.createdAt()));
    ArrayNode resolved = node.putObject("resolvedConfiguration").putArray("loadBalancers");
    revision.loadBalancers().forEach(l -> l.targetGroupArn().ifPresent(tg -> {
      ObjectNode entry = resolved.addObject().put("targetGroupArn", tg);
      l.advancedConfiguration().flatMap(a -> a.productionListenerRule())
          .ifPresent(r -> entry.put("productionListenerRule", r));
    }));
    return node;
  }

  /** The revision's (and deployment's) configuration as CreateService input, to take ECS-shaped members from. */
  private static ObjectNode service(ServiceRevision revision, ServiceDeployment deployment) {
    Service.Builder service = Service.builder().serviceName("revision").taskDefinition(revision.taskDefinitionArn())
        .capacityProviderStrategy(revision.capacityProviderStrategy()).loadBalancers(revision.loadBalancers());
    revision.networkConfiguration().ifPresent(service::networkConfiguration);
    if (deployment != null) {
      service.deploymentConfiguration(deployment.configuration());
    }
    try {
      return (ObjectNode) Shapes.JSON.readTree(EcsJson.writeService(service.build()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the written service is not JSON", e);
    }
  }
}
