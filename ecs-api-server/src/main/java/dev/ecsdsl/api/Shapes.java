package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.runtime.Attachment;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.Deployment;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.NetworkBinding;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.Task;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime's snapshots as ECS's API shapes (the members the SDKs' models read), with timestamps as
 * epoch seconds, as the JSON 1.1 protocol sends them.
 */
final class Shapes {
  static final ObjectMapper JSON = new ObjectMapper();

  private Shapes() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static ObjectNode task(Task task) {
    ObjectNode node = object()
        .put("taskArn", task.taskArn())
        .put("clusterArn", task.clusterArn())
        .put("taskDefinitionArn", task.taskDefinitionArn())
        .put("lastStatus", task.lastStatus().name())
        .put("desiredStatus", task.desiredStatus().name())
        .put("launchType", task.launchType().name())
        .put("availabilityZone", task.availabilityZone())
        .put("group", task.group())
        .put("cpu", String.valueOf(task.cpu()))
        .put("memory", String.valueOf(task.memory()))
        .put("healthStatus", task.healthStatus().name())
        .put("version", 1);
    task.containerInstanceArn().ifPresent(a -> node.put("containerInstanceArn", a));
    task.capacityProviderName().ifPresent(p -> node.put("capacityProviderName", p));
    task.startedBy().ifPresent(s -> node.put("startedBy", s));
    task.stopCode().ifPresent(c -> node.put("stopCode", c.name()));
    task.stoppedReason().ifPresent(r -> node.put("stoppedReason", r));
    time(node, "createdAt", Optional.of(task.createdAt()));
    time(node, "pullStoppedAt", task.pullStoppedAt());
    time(node, "startedAt", task.startedAt());
    time(node, "stoppingAt", task.stoppingAt());
    time(node, "executionStoppedAt", task.executionStoppedAt());
    time(node, "stoppedAt", task.stoppedAt());
    ArrayNode containers = node.putArray("containers");
    task.containers().forEach(c -> containers.add(container(task, c)));
    ArrayNode attachments = node.putArray("attachments");
    task.attachments().forEach(a -> attachments.add(attachment(a)));
    return node;
  }

  private static ObjectNode container(Task task, Container container) {
    ObjectNode node = object()
        .put("name", container.name())
        .put("image", container.image())
        .put("taskArn", task.taskArn())
        .put("lastStatus", container.lastStatus())
        .put("healthStatus", container.healthStatus().name());
    container.exitCode().ifPresent(c -> node.put("exitCode", c));
    container.reason().ifPresent(r -> node.put("reason", r));
    ArrayNode bindings = node.putArray("networkBindings");
    for (NetworkBinding binding : container.networkBindings()) {
      bindings.add(object().put("bindIP", binding.bindIP()).put("containerPort", binding.containerPort())
          .put("hostPort", binding.hostPort()).put("protocol", binding.protocol().name().toLowerCase()));
    }
    return node;
  }

  private static ObjectNode attachment(Attachment attachment) {
    ObjectNode node = object().put("id", attachment.networkInterfaceId()).put("type", "ElasticNetworkInterface")
        .put("status", attachment.status());
    ArrayNode details = node.putArray("details");
    details.add(object().put("name", "subnetId").put("value", attachment.subnetId()));
    details.add(object().put("name", "networkInterfaceId").put("value", attachment.networkInterfaceId()));
    details.add(object().put("name", "privateIPv4Address").put("value", attachment.privateIPv4Address()));
    return node;
  }

  static ObjectNode failure(Failure failure) {
    ObjectNode node = object().put("reason", failure.reason());
    failure.arn().ifPresent(a -> node.put("arn", a));
    failure.detail().ifPresent(d -> node.put("detail", d));
    return node;
  }

  static ObjectNode missing(String arn) {
    return object().put("arn", arn).put("reason", "MISSING");
  }

  static ObjectNode service(ServiceDescription service) {
    ObjectNode node = object()
        .put("serviceArn", service.serviceArn())
        .put("serviceName", service.serviceName())
        .put("clusterArn", service.clusterArn())
        .put("status", service.status())
        .put("desiredCount", service.desiredCount())
        .put("runningCount", service.runningCount())
        .put("pendingCount", service.pendingCount())
        .put("taskDefinition", service.taskDefinition())
        .put("schedulingStrategy", service.schedulingStrategy().name());
    time(node, "createdAt", Optional.of(service.createdAt()));
    ArrayNode deployments = node.putArray("deployments");
    for (Deployment d : service.deployments()) {
      ObjectNode deployment = object().put("id", d.id()).put("status", d.status())
          .put("taskDefinition", d.taskDefinition()).put("desiredCount", d.desiredCount())
          .put("pendingCount", d.pendingCount()).put("runningCount", d.runningCount())
          .put("failedTasks", d.failedTasks()).put("rolloutState", d.rolloutState());
      d.rolloutStateReason().ifPresent(r -> deployment.put("rolloutStateReason", r));
      time(deployment, "createdAt", Optional.of(d.createdAt()));
      time(deployment, "updatedAt", Optional.of(d.updatedAt()));
      deployments.add(deployment);
    }
    ArrayNode events = node.putArray("events");
    for (ServiceEvent e : service.events()) {
      ObjectNode event = object().put("id", e.id()).put("message", e.message());
      time(event, "createdAt", Optional.of(e.createdAt()));
      events.add(event);
    }
    return node;
  }

  static ObjectNode cluster(ClusterDescription cluster) {
    ObjectNode node = object()
        .put("clusterArn", cluster.clusterArn())
        .put("clusterName", cluster.clusterName())
        .put("status", cluster.status())
        .put("registeredContainerInstancesCount", cluster.registeredContainerInstancesCount())
        .put("runningTasksCount", cluster.runningTasksCount())
        .put("pendingTasksCount", cluster.pendingTasksCount())
        .put("activeServicesCount", cluster.activeServicesCount());
    ArrayNode providers = node.putArray("capacityProviders");
    cluster.capacityProviders().forEach(providers::add);
    ArrayNode strategy = node.putArray("defaultCapacityProviderStrategy");
    for (CapacityProviderStrategyItem item : cluster.defaultCapacityProviderStrategy()) {
      ObjectNode entry = strategy.addObject().put("capacityProvider", item.capacityProvider());
      item.weight().ifPresent(w -> entry.put("weight", w));
      item.base().ifPresent(b -> entry.put("base", b));
    }
    return node;
  }

  static ObjectNode containerInstance(ContainerInstance instance) {
    ObjectNode node = object()
        .put("containerInstanceArn", instance.containerInstanceArn())
        .put("ec2InstanceId", instance.ec2InstanceId())
        .put("status", instance.status().name())
        .put("agentConnected", instance.agentConnected())
        .put("runningTasksCount", instance.runningTasksCount())
        .put("pendingTasksCount", instance.pendingTasksCount());
    node.putObject("versionInfo").put("agentVersion", instance.agentVersion());
    instance.capacityProviderName().ifPresent(p -> node.put("capacityProviderName", p));
    time(node, "registeredAt", Optional.of(instance.registeredAt()));
    node.set("registeredResources", resources(instance.registeredResources()));
    node.set("remainingResources", resources(instance.remainingResources()));
    ArrayNode attributes = node.putArray("attributes");
    for (Map.Entry<String, String> a : instance.attributes().entrySet()) {
      attributes.add(object().put("name", a.getKey()).put("value", a.getValue()));
    }
    return node;
  }

  private static ArrayNode resources(ContainerInstance.Resources resources) {
    ArrayNode list = JSON.createArrayNode();
    list.add(object().put("name", "CPU").put("type", "INTEGER").put("integerValue", resources.cpu()));
    list.add(object().put("name", "MEMORY").put("type", "INTEGER").put("integerValue", resources.memory()));
    ObjectNode portsResource = object().put("name", "PORTS").put("type", "STRINGSET");
    ArrayNode ports = portsResource.putArray("stringSetValue");
    resources.ports().forEach(p -> ports.add(String.valueOf(p)));
    list.add(portsResource);
    return list;
  }

  /** DescribeTaskDefinition's taskDefinition: the ECS JSON of the definition plus its ARN, revision, status. */
  static ObjectNode taskDefinition(RegisteredTaskDefinition registered) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(EcsJson.writeTaskDefinition(registered.taskDefinition()));
      node.put("taskDefinitionArn", registered.taskDefinitionArn());
      node.put("revision", registered.revision());
      node.put("status", registered.status());
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A list of ECS {@code Tag}s. */
  static ArrayNode tags(java.util.List<Tag> tags) {
    ArrayNode list = JSON.createArrayNode();
    tags.forEach(t -> list.add(object().put("key", t.key()).put("value", t.value())));
    return list;
  }

  static void time(ObjectNode node, String member, Optional<Instant> instant) {
    instant.ifPresent(t -> node.put(member, t.getEpochSecond() + t.getNano() / 1e9));
  }
}
