package dev.ecsdsl.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RuntimeEvent;
import dev.ecsdsl.runtime.ServiceNotFoundException;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, part 2: the control plane forgets what ECS forgets, so that a long run keeps a bounded state — stopped
 * tasks an hour after they stopped, INACTIVE services an hour after they became INACTIVE, the timeline beyond its
 * latest {@value EventLog#MAX_EVENTS} events (a service keeps its latest 100 events, as before).
 */
class RetentionTest {
  private final TestLoop loop = new TestLoop();
  private final ControlPlane plane = new ControlPlane(loop, new TestAgent(), 22, Timings.defaults());

  private static Environment environment() {
    return Ecs.environment("retention")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b")))
        .taskDefinition("worker", td -> td.container("app", a -> a.image("worker:1").memory(128)))
        .service("web", s -> s.cluster("prod").taskDefinition("worker").desiredCount(1).ec2())
        .build();
  }

  /**
   * "You can view the details of a stopped task using the DescribeTasks API. However, the details for the stopped
   * task appear only for one hour in the returned results" (AWS re:Post, "Why is my Amazon ECS task stopped?"):
   * described and listed for an hour after it stopped, then neither.
   */
  @Test
  void aStoppedTaskIsDescribedAndListedForAnHourAfterItStoppedThenForgotten() {
    plane.deploy(environment());
    String arn = plane.tasks().runTask(RunTaskRequest.of("prod", "worker", 1)).tasks().get(0).taskArn();
    loop.advance(Duration.ofMinutes(1));
    plane.tasks().stopTask("prod", arn, "done");
    loop.advance(Duration.ofMinutes(1));
    assertThat(plane.tasks().describeTask("prod", arn).lastStatus()).isEqualTo(TaskStatus.STOPPED);

    loop.advance(Duration.ofMinutes(58));
    assertThat(plane.tasks().describeTask("prod", arn).lastStatus()).as("an hour after it stopped")
        .isEqualTo(TaskStatus.STOPPED);
    assertThat(plane.tasks().listTasks("prod", TaskFilter.stopped())).extracting(Task::taskArn).contains(arn);

    loop.advance(Duration.ofMinutes(2));
    assertThatThrownBy(() -> plane.tasks().describeTask("prod", arn)).isInstanceOf(EcsException.class);
    assertThat(plane.tasks().listTasks("prod", TaskFilter.stopped())).extracting(Task::taskArn).doesNotContain(arn);
    assertThat(plane.tasks().listTasks("prod", TaskFilter.running().serviceName("web"))).hasSize(1);
  }

  /**
   * DeleteService: "INACTIVE services may be cleaned up and purged from Amazon ECS record keeping, and
   * DescribeServices calls on those services return a ServiceNotFoundException error": an hour after it became
   * INACTIVE the service, its description and its tags are gone, and a service of the same name can be made anew.
   */
  @Test
  void anInactiveServiceIsDescribedForAnHourThenNotFound() {
    plane.deploy(environment());
    loop.advance(Duration.ofMinutes(5));
    plane.services().deleteService("prod", "web", true);
    loop.advance(Duration.ofMinutes(5));
    assertThat(plane.services().describeService("prod", "web").status()).hasToString("INACTIVE");

    loop.advance(Duration.ofMinutes(56));
    assertThatThrownBy(() -> plane.services().describeService("prod", "web"))
        .isInstanceOf(ServiceNotFoundException.class);
    assertThat(plane.environment().services()).extracting(Service::serviceName).doesNotContain("web");

    plane.services().createService(Service.builder().serviceName("web").cluster("prod").taskDefinition("worker")
        .desiredCount(1).build());
    loop.advance(Duration.ofMinutes(5));
    assertThat(plane.services().describeService("prod", "web").runningCount()).isEqualTo(1);
    assertThat(plane.environment().services()).extracting(Service::serviceName).containsOnlyOnce("web");
  }

  /**
   * The timeline keeps the latest {@value EventLog#MAX_EVENTS} events, oldest forgotten first, and counts every
   * event recorded; a message repeated word for word is kept once.
   */
  @Test
  void theTimelineKeepsTheLatestEventsAndSharesRepeatedMessages() {
    EventLog log = new EventLog(loop);
    for (int i = 0; i < EventLog.MAX_EVENTS + 5; i++) {
      log.record(EventType.SERVICE_EVENT, "prod", "service/web", "event " + i);
    }
    log.record(EventType.SERVICE_EVENT, "prod", "service/web", new String("the same words"));
    log.record(EventType.SERVICE_EVENT, "prod", "service/web", new String("the same words"));

    List<RuntimeEvent> kept = log.all();
    assertThat(kept).hasSize(EventLog.MAX_EVENTS);
    assertThat(kept.get(0).message()).isEqualTo("event 7");
    assertThat(log.size()).isEqualTo(EventLog.MAX_EVENTS + 7L);
    assertThat(kept.get(kept.size() - 1).message()).isSameAs(kept.get(kept.size() - 2).message());
  }
}
