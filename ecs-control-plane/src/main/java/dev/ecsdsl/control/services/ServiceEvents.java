package dev.ecsdsl.control.services;

import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.runtime.EventBridgeEvent;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.ServiceEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service events of DescribeServices (the latest 100 of each service) in ECS's words, each also on the
 * timeline.
 */
final class ServiceEvents {
  private static final int MAX_EVENTS = 100;
  private final EventLoop loop;
  private final EventLog log;
  private long sequence;

  ServiceEvents(EventLoop loop, EventLog log) {
    this.loop = loop;
    this.log = log;
  }

  /** Records an event of the service; {@code message} follows {@code (service <name>) }. */
  void record(ServiceRecord service, String message) {
    String text = "(service " + service.name() + ") " + message;
    ServiceEvent event = new ServiceEvent(id(sequence++), loop.now(), text);
    service.events.addFirst(event);
    while (service.events.size() > MAX_EVENTS) {
      service.events.removeLast();
    }
    log.record(EventType.SERVICE_EVENT, service.cluster.name(), "service/" + service.name(), text);
  }

  /**
   * Sends ECS's "ECS Deployment State Change" EventBridge event (developer guide, "Amazon ECS service deployment
   * state change events"): {@code SERVICE_DEPLOYMENT_IN_PROGRESS}, {@code _COMPLETED} (INFO) or {@code _FAILED}
   * (ERROR) about the service, with the deployment's id ({@code ecs-svc/…}) and ECS's reason. The envelope's id is
   * derived from the event, so it is the same for a seed.
   */
  void deploymentStateChange(ServiceDeployment deployment, String eventName, String deploymentId, String reason) {
    String[] arn = deployment.serviceArn.split(":", 6);
    Map<String, String> detail = new LinkedHashMap<>();
    detail.put("eventType", eventName.endsWith("_FAILED") ? "ERROR" : "INFO");
    detail.put("eventName", eventName);
    detail.put("clusterArn", deployment.clusterArn);
    detail.put("deploymentId", deploymentId);
    detail.put("updatedAt", loop.now().toString());
    detail.put("reason", reason);
    String id = UUID.nameUUIDFromBytes((deployment.serviceArn + "/" + deploymentId + "/" + eventName + "/"
        + loop.now() + "/" + sequence++).getBytes(StandardCharsets.UTF_8)).toString();
    log.publish(new EventBridgeEvent("0", id, "ECS Deployment State Change", "aws.ecs",
        arn.length > 4 ? arn[4] : "", loop.now(), arn.length > 3 ? arn[3] : "", List.of(deployment.serviceArn),
        detail));
  }

  /** {@code %08x-%04x} of the sequence number (as String.format would write it, without its cost per event). */
  static String id(long n) {
    String high = Long.toHexString(n);
    String low = Long.toHexString(n & 0xffff);
    return "0".repeat(Math.max(0, 8 - high.length())) + high + "-" + "0".repeat(4 - low.length()) + low;
  }

  /** {@code (task <id>)}. */
  static String taskRef(TaskRecord task) {
    return "(task " + task.taskId() + ")";
  }

  /** {@code (task <id>) (task <id>) ...}. */
  static String taskRefs(List<TaskRecord> tasks) {
    return String.join(" ", tasks.stream().map(ServiceEvents::taskRef).toList());
  }
}
