package dev.ecsdsl.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceConnectService;
import dev.ecsdsl.runtime.Deployment;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceEvent;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A service as ECS's {@code Service} shape: the runtime's state (counts, deployments, the latest 100 events) and
 * the configuration the service was described with (launch type or capacity provider strategy, network and load
 * balancer configuration, placement, deployment configuration and controller, ...), with the lists ECS always
 * returns present even when empty.
 */
final class ServiceShapes {
  /** ECS shows a service's 100 most recent events. */
  static final int MAX_EVENTS = 100;
  /** Members of the CreateService input that the Service shape has under the same name. */
  private static final List<String> CONFIGURATION = List.of("launchType", "capacityProviderStrategy",
      "platformVersion", "loadBalancers", "networkConfiguration", "placementConstraints", "placementStrategy",
      "deploymentConfiguration", "deploymentController", "healthCheckGracePeriodSeconds", "enableECSManagedTags",
      "propagateTags", "enableExecuteCommand", "serviceRegistries", "availabilityZoneRebalancing");
  private static final List<String> LISTS = List.of("capacityProviderStrategy", "loadBalancers",
      "placementConstraints", "placementStrategy", "serviceRegistries");

  private ServiceShapes() {}

  static ObjectNode service(ServiceDescription service, Optional<Service> model) {
    ObjectNode node = Shapes.object()
        .put("serviceArn", service.serviceArn())
        .put("serviceName", service.serviceName())
        .put("clusterArn", service.clusterArn())
        .put("status", service.status().toString())
        .put("desiredCount", service.desiredCount())
        .put("runningCount", service.runningCount())
        .put("pendingCount", service.pendingCount())
        .put("taskDefinition", service.taskDefinition())
        .put("schedulingStrategy", service.schedulingStrategy().name());
    model.ifPresent(m -> configuration(node, m));
    for (String list : LISTS) {
      if (!node.has(list)) {
        node.putArray(list);
      }
    }
    if (!node.has("enableECSManagedTags")) {
      node.put("enableECSManagedTags", false);
    }
    if (!node.has("enableExecuteCommand")) {
      node.put("enableExecuteCommand", false);
    }
    if (!node.has("propagateTags")) {
      node.put("propagateTags", "NONE");
    }
    if (!node.has("deploymentController")) {
      node.putObject("deploymentController").put("type", "ECS");
    }
    Shapes.time(node, "createdAt", Optional.of(service.createdAt()));
    ArrayNode deployments = node.putArray("deployments");
    for (Deployment d : service.deployments()) {
      ObjectNode deployment = Shapes.object().put("id", d.id()).put("status", d.status().toString())
          .put("taskDefinition", d.taskDefinition()).put("desiredCount", d.desiredCount())
          .put("pendingCount", d.pendingCount()).put("runningCount", d.runningCount())
          .put("failedTasks", d.failedTasks()).put("rolloutState", d.rolloutState().toString());
      d.rolloutStateReason().ifPresent(r -> deployment.put("rolloutStateReason", r));
      if (node.has("launchType")) {
        deployment.set("launchType", node.get("launchType"));
      }
      if (node.has("networkConfiguration")) {
        deployment.set("networkConfiguration", node.get("networkConfiguration"));
      }
      model.filter(m -> m.serviceConnectConfiguration().isPresent())
          .ifPresent(m -> serviceConnect(deployment, m, service.serviceArn()));
      Shapes.time(deployment, "createdAt", Optional.of(d.createdAt()));
      Shapes.time(deployment, "updatedAt", Optional.of(d.updatedAt()));
      deployments.add(deployment);
    }
    ArrayNode events = node.putArray("events");
    for (ServiceEvent e : service.events().subList(0, Math.min(MAX_EVENTS, service.events().size()))) {
      ObjectNode event = Shapes.object().put("id", e.id()).put("message", e.message());
      Shapes.time(event, "createdAt", Optional.of(e.createdAt()));
      events.add(event);
    }
    return node;
  }

  /**
   * A deployment's {@code serviceConnectConfiguration} and the Cloud Map services ECS made for its endpoints,
   * {@code serviceConnectResources} ({@code discoveryName}, {@code discoveryArn}), as the API's Deployment shape has
   * them (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Deployment.html).
   */
  private static void serviceConnect(ObjectNode deployment, Service model, String serviceArn) {
    deployment.set("serviceConnectConfiguration", written(model).get("serviceConnectConfiguration"));
    String[] arn = serviceArn.split(":");
    ArrayNode resources = deployment.putArray("serviceConnectResources");
    for (ServiceConnectService endpoint : model.serviceConnectConfiguration().orElseThrow().services()) {
      String name = endpoint.discoveryNameOrPortName();
      long hash = 0xcbf29ce484222325L;
      for (char c : (serviceArn + "/" + name).toCharArray()) {
        hash = (hash ^ c) * 0x100000001b3L;
      }
      resources.addObject().put("discoveryName", name).put("discoveryArn", "arn:aws:servicediscovery:" + arn[3]
          + ":" + arn[4] + ":service/srv-" + String.format("%016x", hash));
    }
  }

  private static JsonNode written(Service model) {
    try {
      return Shapes.JSON.readTree(EcsJson.writeService(model));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void configuration(ObjectNode node, Service model) {
    JsonNode written = written(model);
    for (String member : CONFIGURATION) {
      JsonNode value = written.get(member);
      if (value != null && !value.isNull()) {
        node.set(member, value);
      }
    }
    model.role().ifPresent(role -> node.put("roleArn", role));
  }
}
