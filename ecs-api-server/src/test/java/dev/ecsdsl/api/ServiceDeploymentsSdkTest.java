package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.services.HookResponse;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DeploymentLifecycleHookStage;
import software.amazon.awssdk.services.ecs.model.DeploymentStrategy;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.ServiceDeployment;
import software.amazon.awssdk.services.ecs.model.ServiceDeploymentLifecycleStage;
import software.amazon.awssdk.services.ecs.model.ServiceDeploymentNotFoundException;
import software.amazon.awssdk.services.ecs.model.ServiceDeploymentStatus;
import software.amazon.awssdk.services.ecs.model.ServiceRevision;

/**
 * Deploy tools poll DescribeServiceDeployments to learn whether a rollout succeeded or rolled back (API reference,
 * ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions, StopServiceDeployment): a BLUE_GREEN
 * service created and updated through the AWS SDK for Java v2.
 */
class ServiceDeploymentsSdkTest {
  private static final String HOOK = "arn:aws:lambda:us-east-1:123456789012:function:smoke";

  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(23, ClockMode.manual(), shop());
  private EcsClient client;

  static Environment shop() {
    return Ecs.environment("shop")
        .role("ecsTaskExecutionRole", r -> r.trustedBy(IamRole.ECS_TASKS))
        .role("ecs-infrastructure", r -> r.trustedBy(IamRole.ECS))
        .role("hook-invoker", r -> r.trustedBy(IamRole.ECS).allow("lambda:InvokeFunction",
            "arn:aws:lambda:us-east-1:123456789012:function:*"))
        .loadBalancer("web-alb", lb -> lb.subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b")
            .securityGroups("default")
            .listener(80, l -> l.forwardTo("blue").pathRule(10, "/*", "blue"))
            .listener(8080, l -> l.forwardTo("green")))
        .targetGroup("blue", tg -> tg.ip().port(80))
        .targetGroup("green", tg -> tg.ip().port(80))
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("web", d -> d.fargate().cpu("256").memory("512").executionRole("ecsTaskExecutionRole")
            .container("app", c -> c.image("web:1").port(80)))
        .taskDefinition("web", d -> d.fargate().cpu("256").memory("512").executionRole("ecsTaskExecutionRole")
            .container("app", c -> c.image("web:2").port(80)))
        .build();
  }

  @BeforeEach
  void client() {
    client = endpoint.client();
  }

  private void createBlueGreenService() {
    client.createService(r -> r.cluster("prod").serviceName("web").taskDefinition("web:1").desiredCount(2)
        .launchType(LaunchType.FARGATE)
        .networkConfiguration(n -> n.awsvpcConfiguration(a -> a.subnets("subnet-default-us-east-1a",
            "subnet-default-us-east-1b").securityGroups("default")))
        .loadBalancers(l -> l.targetGroupArn("blue").containerName("app").containerPort(80)
            .advancedConfiguration(a -> a.alternateTargetGroupArn("green").productionListenerRule("web-alb:80:10")
                .testListenerRule("web-alb:8080").roleArn("ecs-infrastructure")))
        .deploymentConfiguration(d -> d.strategy(DeploymentStrategy.BLUE_GREEN).bakeTimeInMinutes(5)
            .lifecycleHooks(h -> h.hookTargetArn(HOOK).roleArn("hook-invoker")
                .lifecycleStages(DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT))));
    endpoint.server().advance(Duration.ofMinutes(5));
  }

  /** Polls as a deploy tool does, a virtual minute between polls, until the deployment is over. */
  private ServiceDeployment pollUntilOver(String arn) {
    for (int poll = 0; poll < 120; poll++) {
      ServiceDeployment deployment = client.describeServiceDeployments(r -> r.serviceDeploymentArns(arn))
          .serviceDeployments().get(0);
      if (deployment.status() != ServiceDeploymentStatus.PENDING
          && deployment.status() != ServiceDeploymentStatus.IN_PROGRESS
          && deployment.status() != ServiceDeploymentStatus.ROLLBACK_IN_PROGRESS
          && deployment.status() != ServiceDeploymentStatus.ROLLBACK_REQUESTED
          && deployment.status() != ServiceDeploymentStatus.STOP_REQUESTED) {
        return deployment;
      }
      endpoint.server().advance(Duration.ofMinutes(1));
    }
    throw new AssertionError("the deployment " + arn + " did not end within 2 hours");
  }

  private String updateToWeb2() {
    String arn = client.updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2")).service()
        .serviceArn();
    return client.listServiceDeployments(r -> r.cluster("prod").service(arn)).serviceDeployments().get(0)
        .serviceDeploymentArn();
  }

  @Test
  void aBlueGreenUpdateIsPolledUntilSuccessful() {
    endpoint.ecs().serviceDeployments().lifecycleHooks().register(HOOK, i -> HookResponse.succeeded());
    createBlueGreenService();

    String deploymentArn = updateToWeb2();
    ServiceDeployment done = pollUntilOver(deploymentArn);

    assertThat(done.status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(done.lifecycleStage()).isEqualTo(ServiceDeploymentLifecycleStage.CLEAN_UP);
    assertThat(done.targetServiceRevision().runningTaskCount()).isEqualTo(2);
    assertThat(done.targetServiceRevision().requestedProductionTrafficWeight()).isEqualTo(100.0);
    assertThat(done.sourceServiceRevisions()).singleElement()
        .satisfies(s -> assertThat(s.runningTaskCount()).isZero());
    assertThat(done.deploymentConfiguration().strategy()).isEqualTo(DeploymentStrategy.BLUE_GREEN);
    assertThat(done.finishedAt()).isNotNull();
    var listed = client.listServiceDeployments(r -> r.cluster("prod").service("web")).serviceDeployments();
    assertThat(listed).hasSize(2);
    assertThat(listed.get(0).serviceDeploymentArn()).isEqualTo(deploymentArn);
    ServiceRevision green = client.describeServiceRevisions(r -> r.serviceRevisionArns(
        done.targetServiceRevision().arn())).serviceRevisions().get(0);
    assertThat(green.taskDefinition()).endsWith("task-definition/web:2");
    assertThat(green.containerImages()).singleElement().satisfies(i -> assertThat(i.image()).isEqualTo("web:2"));
    assertThat(green.resolvedConfiguration().loadBalancers()).singleElement()
        .satisfies(l -> assertThat(l.targetGroupArn()).isEqualTo("green"));
  }

  @Test
  void aFailingHookIsPolledUntilRollbackSuccessful() {
    endpoint.ecs().serviceDeployments().lifecycleHooks().register(HOOK, i -> HookResponse.failed());
    createBlueGreenService();

    ServiceDeployment done = pollUntilOver(updateToWeb2());

    assertThat(done.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    assertThat(done.lifecycleStage()).isEqualTo(ServiceDeploymentLifecycleStage.POST_TEST_TRAFFIC_SHIFT);
    assertThat(done.rollback().reason()).contains(HOOK);
    assertThat(done.rollback().serviceRevisionArn()).isEqualTo(done.sourceServiceRevisions().get(0).arn());
    assertThat(done.sourceServiceRevisions().get(0).runningTaskCount()).isEqualTo(2);
    assertThat(done.targetServiceRevision().runningTaskCount()).isZero();
  }

  @Test
  void stopServiceDeploymentRollsBackAndNamesMissingDeployments() {
    endpoint.ecs().serviceDeployments().lifecycleHooks().register(HOOK,
        i -> HookResponse.inProgress(60));
    createBlueGreenService();
    String arn = updateToWeb2();
    endpoint.server().advance(Duration.ofMinutes(3));

    assertThat(client.stopServiceDeployment(r -> r.serviceDeploymentArn(arn).stopType("ROLLBACK"))
        .serviceDeploymentArn()).isEqualTo(arn);
    assertThat(pollUntilOver(arn).status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);

    var described = client.describeServiceDeployments(r -> r.serviceDeploymentArns(arn + "0"));
    assertThat(described.serviceDeployments()).isEmpty();
    assertThat(described.failures()).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("MISSING"));
    assertThatThrownBy(() -> client.stopServiceDeployment(r -> r.serviceDeploymentArn(arn + "0")))
        .isInstanceOf(ServiceDeploymentNotFoundException.class);
  }
}
