package dev.ecsdsl.examples.iam;

import static dev.ecsdsl.runtime.waiters.Conditions.serviceSteady;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.iam.TaskCredentials;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four services of a shop, each with its own task role that allows exactly what its application calls (least
 * privilege, "Amazon ECS task IAM role"). Every running task's credentials allow its own calls and none of the
 * others'; the metrics sidecar service has no task role at all, so its containers get no credentials.
 */
class LeastPrivilegeTaskRolesTest {
  private static final String ACCOUNT = "123456789012";

  /** One call an application makes: an action on a resource. */
  record Call(String action, String resource) {}

  /** What each service's application calls, and so what its task role allows. */
  static final Map<String, List<Call>> CALLS = new LinkedHashMap<>();

  static {
    CALLS.put("orders", List.of(
        new Call("dynamodb:PutItem", "arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/orders"),
        new Call("sqs:SendMessage", "arn:aws:sqs:us-east-1:" + ACCOUNT + ":order-events")));
    CALLS.put("payments", List.of(
        new Call("secretsmanager:GetSecretValue", "arn:aws:secretsmanager:us-east-1:" + ACCOUNT
            + ":secret:payments/stripe-key"),
        new Call("sqs:ReceiveMessage", "arn:aws:sqs:us-east-1:" + ACCOUNT + ":order-events")));
    CALLS.put("images", List.of(
        new Call("s3:PutObject", "arn:aws:s3:::shop-images/thumbnails/t1.png"),
        new Call("s3:GetObject", "arn:aws:s3:::shop-images/uploads/u1.png")));
    CALLS.put("emails", List.of(
        new Call("ses:SendEmail", "arn:aws:ses:us-east-1:" + ACCOUNT + ":identity/shop.example.com")));
  }

  static Environment shop() {
    EnvironmentBuilder builder = Ecs.environment("shop")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b")));
    // each role allows its own calls, written as narrowly as the resource allows
    builder.role("orders-task", r -> r.trustedBy(IamRole.ECS_TASKS)
        .allow("dynamodb:PutItem", "arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/orders")
        .allow("sqs:SendMessage", "arn:aws:sqs:us-east-1:" + ACCOUNT + ":order-events"));
    builder.role("payments-task", r -> r.trustedBy(IamRole.ECS_TASKS)
        .allow("secretsmanager:GetSecretValue", "arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:payments/*")
        .allow("sqs:ReceiveMessage", "arn:aws:sqs:us-east-1:" + ACCOUNT + ":order-events"));
    builder.role("images-task", r -> r.trustedBy(IamRole.ECS_TASKS)
        .allow("s3:PutObject", "arn:aws:s3:::shop-images/thumbnails/*")
        .allow("s3:GetObject", "arn:aws:s3:::shop-images/uploads/*"));
    builder.role("emails-task", r -> r.trustedBy(IamRole.ECS_TASKS)
        .allow("ses:SendEmail", "arn:aws:ses:us-east-1:" + ACCOUNT + ":identity/shop.example.com"));
    for (String service : CALLS.keySet()) {
      builder.taskDefinition(service, td -> td.taskRole(service + "-task")
          .container("app", a -> a.image("shop/" + service + ":1").memory(256)));
      builder.service(service, s -> s.cluster("prod").taskDefinition(service).desiredCount(2).ec2());
    }
    return builder
        .taskDefinition("metrics", td -> td.container("agent", a -> a.image("metrics-agent:1").memory(128)))
        .service("metrics", s -> s.cluster("prod").taskDefinition("metrics").daemon())
        .build();
  }

  @Test
  void everyTaskMayMakeItsOwnCallsAndNoneOfTheOthers() {
    try (InMemoryEcs ecs = InMemoryEcs.create(99)) {
      ecs.deploy(shop());
      CALLS.keySet().forEach(service -> ecs.await(serviceSteady("prod", service)).atMost(Duration.ofMinutes(10)));

      for (String service : CALLS.keySet()) {
        List<Task> tasks = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName(service));
        assertThat(tasks).hasSize(2);
        for (Task task : tasks) {
          TaskCredentials credentials = ecs.credentials("prod", task.taskArn());
          assertThat(credentials.roleArn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/" + service + "-task");
          CALLS.forEach((owner, calls) -> calls.forEach(call ->
              assertThat(credentials.isAllowed(call.action(), call.resource()))
                  .as("%s task may call %s on %s", service, call.action(), call.resource())
                  .isEqualTo(owner.equals(service))));
        }
      }
    }
  }

  /** Deploys the shop and returns a running task of the service once the service is steady. */
  private static Task aRunningTask(InMemoryEcs ecs, String service) {
    ecs.deploy(shop());
    ecs.await(serviceSteady("prod", service)).atMost(Duration.ofMinutes(10));
    return ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName(service)).get(0);
  }

  @Test
  void theNarrowResourcesKeepEvenTheOwnServiceInItsLane() {
    try (InMemoryEcs ecs = InMemoryEcs.create(99)) {
      Task images = aRunningTask(ecs, "images");
      TaskCredentials credentials = ecs.credentials("prod", images.taskArn());
      assertThat(credentials.isAllowed("s3:PutObject", "arn:aws:s3:::shop-images/uploads/u1.png"))
          .as("images may write thumbnails only").isFalse();
      assertThat(credentials.isAllowed("s3:DeleteObject", "arn:aws:s3:::shop-images/thumbnails/t1.png")).isFalse();
    }
  }

  @Test
  void aServiceWithoutATaskRoleGetsNoCredentials() {
    try (InMemoryEcs ecs = InMemoryEcs.create(99)) {
      Task agent = aRunningTask(ecs, "metrics");
      assertThatThrownBy(() -> ecs.credentials("prod", agent.taskArn()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("task definition metrics sets no taskRoleArn, so its containers get no application"
              + " credentials");
    }
  }
}
