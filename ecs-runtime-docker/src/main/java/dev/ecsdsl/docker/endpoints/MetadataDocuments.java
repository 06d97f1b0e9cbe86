package dev.ecsdsl.docker.endpoints;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.LogConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.NetworkBinding;
import dev.ecsdsl.runtime.Task;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The task metadata endpoint v4's JSON documents, shaped as the ECS developer guide's "Task metadata v4
 * JSON response" gives them: the container document ({@code DockerId}, {@code Name}, {@code DockerName},
 * {@code Image}, {@code ImageID}, {@code Ports}, {@code Labels}, {@code DesiredStatus}, {@code KnownStatus},
 * {@code ExitCode}, {@code Limits}, {@code CreatedAt}, {@code StartedAt}, {@code FinishedAt}, {@code Type},
 * {@code LogDriver}, {@code LogOptions}, {@code Networks}) and the task document ({@code Cluster}, {@code
 * TaskARN}, {@code Family}, {@code Revision}, {@code DesiredStatus}, {@code KnownStatus}, {@code Limits},
 * {@code PullStartedAt}, {@code PullStoppedAt}, {@code AvailabilityZone}, {@code LaunchType}, {@code
 * Containers}). Statuses come from the control plane's view of the task; Docker ids, names and times from
 * the engine. Members ECS omits when unknown are omitted here too.
 */
final class MetadataDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MetadataDocuments() {}

  /**
   * One container's document.
   *
   * @param inspected the engine's view of its Docker container; empty before it is created
   * @param address the task's address on its Docker network (bridge tasks), if known
   */
  static ObjectNode container(TaskLaunch launch, Optional<Task> task, String containerName,
      Optional<InspectContainerResponse> inspected, Optional<String> address) {
    ContainerDefinition definition = launch.container(containerName);
    Optional<Container> snapshot = task.flatMap(t -> t.containers().stream()
        .filter(c -> c.name().equals(containerName)).findFirst());
    ObjectNode doc = JSON.createObjectNode();
    inspected.ifPresent(i -> doc.put("DockerId", i.getId()));
    doc.put("Name", containerName);
    inspected.ifPresent(i -> doc.put("DockerName", i.getName().startsWith("/") ? i.getName().substring(1)
        : i.getName()));
    doc.put("Image", definition.image());
    doc.put("ImageID", inspected.map(InspectContainerResponse::getImageId).orElse(""));
    snapshot.filter(c -> !c.networkBindings().isEmpty()).ifPresent(c -> doc.set("Ports", ports(c)));
    ObjectNode labels = doc.putObject("Labels");
    inspected.map(i -> i.getConfig().getLabels()).orElse(Map.of()).entrySet().stream()
        .filter(e -> e.getKey().startsWith("com.amazonaws.ecs.") || definition.dockerLabels().containsKey(e.getKey()))
        .forEach(e -> labels.put(e.getKey(), e.getValue()));
    task.ifPresent(t -> doc.put("DesiredStatus", t.desiredStatus().name()));
    snapshot.ifPresent(c -> doc.put("KnownStatus", c.lastStatus().toString()));
    snapshot.flatMap(Container::exitCode).ifPresent(code -> doc.put("ExitCode", code));
    ObjectNode limits = doc.putObject("Limits");
    limits.put("CPU", definition.cpu().orElse(0));
    definition.memory().ifPresent(mib -> limits.put("Memory", mib));
    inspected.ifPresent(i -> {
      doc.put("CreatedAt", i.getCreated());
      if (i.getState() != null) {
        dockerTime(i.getState().getStartedAt()).ifPresent(at -> doc.put("StartedAt", at));
        if (!Boolean.TRUE.equals(i.getState().getRunning())) {
          dockerTime(i.getState().getFinishedAt()).ifPresent(at -> doc.put("FinishedAt", at));
        }
      }
    });
    doc.put("Type", "NORMAL");
    definition.logConfiguration().ifPresent(log -> logs(doc, log));
    doc.set("Networks", networks(launch, address));
    return doc;
  }

  /** The task's document with every container's ({@code containers} by name, in definition order). */
  static ObjectNode task(TaskLaunch launch, Optional<Task> task, Map<String, ObjectNode> containers) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("Cluster", task.map(Task::clusterArn).orElse(launch.clusterName()));
    doc.put("TaskARN", launch.taskArn());
    doc.put("Family", launch.taskDefinition().family());
    doc.put("Revision", launch.taskDefinitionArn().substring(launch.taskDefinitionArn().lastIndexOf(':') + 1));
    task.ifPresent(t -> {
      doc.put("DesiredStatus", t.desiredStatus().name());
      doc.put("KnownStatus", t.lastStatus().name());
      ObjectNode limits = doc.putObject("Limits");
      limits.put("CPU", t.cpu() / 1024.0);
      limits.put("Memory", t.memory());
      t.pullStoppedAt().ifPresent(at -> {
        doc.put("PullStartedAt", t.createdAt().toString());
        doc.put("PullStoppedAt", at.toString());
      });
    });
    doc.put("AvailabilityZone", launch.availabilityZone());
    doc.put("LaunchType", task.map(t -> t.launchType().name())
        .orElse(launch.containerInstanceArn().isPresent() ? "EC2" : "FARGATE"));
    ArrayNode list = doc.putArray("Containers");
    containers.values().forEach(list::add);
    return doc;
  }

  private static ArrayNode ports(Container container) {
    ArrayNode ports = JSON.createArrayNode();
    for (NetworkBinding binding : container.networkBindings()) {
      ObjectNode port = ports.addObject();
      port.put("ContainerPort", binding.containerPort());
      port.put("Protocol", binding.protocol().name().toLowerCase(Locale.ROOT));
      port.put("HostPort", binding.hostPort());
      port.put("HostIp", binding.bindIP());
    }
    return ports;
  }

  private static void logs(ObjectNode doc, LogConfiguration log) {
    doc.put("LogDriver", log.logDriver());
    ObjectNode options = doc.putObject("LogOptions");
    log.options().forEach(options::put);
  }

  private static ArrayNode networks(TaskLaunch launch, Optional<String> address) {
    ArrayNode networks = JSON.createArrayNode();
    NetworkMode mode = launch.networkMode();
    ObjectNode network = networks.addObject();
    network.put("NetworkMode", mode.name().toLowerCase(Locale.ROOT));
    ArrayNode addresses = network.putArray("IPv4Addresses");
    if (mode == NetworkMode.AWSVPC) {
      launch.privateIpv4Address().ifPresent(ip -> {
        addresses.add(ip);
        network.put("AttachmentIndex", 0);
        network.put("PrivateDNSName", "ip-" + ip.replace('.', '-') + ".ec2.internal");
      });
    } else {
      address.ifPresent(addresses::add);
    }
    return networks;
  }

  /** Docker reports "never" as the zero time. */
  private static Optional<String> dockerTime(String time) {
    return time == null || time.startsWith("0001-01-01") ? Optional.empty() : Optional.of(time);
  }
}
