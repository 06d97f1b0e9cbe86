package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.Ecs;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.docker.images.TestImages;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.ServiceDeployment;
import software.amazon.awssdk.services.ecs.model.ServiceDeploymentBrief;
import software.amazon.awssdk.services.ecs.model.ServiceDeploymentStatus;

/**
 * ListServiceDeployments and DescribeServiceDeployments (API reference) answer on the Docker runtime as in memory: a
 * deploy tool creates a service through the AWS SDK for Java v2, lists its deployment and polls it until it
 * succeeded with a real container running.
 */
@ExtendWith(DockerEngineCondition.class)
class ServiceDeploymentsOnDockerSdkTest {
  private static String busybox;
  private DockerEcs ecs;
  private EcsApiServer server;
  private EcsClient client;

  @BeforeAll
  static void buildImage() throws IOException {
    try (DockerClient docker = DockerEngine.connect()) {
      busybox = TestImages.busybox(docker);
    }
  }

  @BeforeEach
  void start() {
    ecs = DockerEcs.create(22);
    ecs.deploy(Ecs.environment("docker-deployments")
        .cluster("local", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1)
            .zones("us-east-1a")))
        .taskDefinition("sleeper", td -> td.ec2().container("app", a -> a.image(busybox).memory(64)
            .command("sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done")))
        .build());
    server = EcsApiServer.start(ecs);
    client = SdkClients.client(server);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    ecs.close();
  }

  @Test
  void aDeployToolListsTheServicesDeploymentAndPollsItUntilSuccessful() throws InterruptedException {
    client.createService(r -> r.cluster("local").serviceName("sleepers").taskDefinition("sleeper").desiredCount(1)
        .launchType(LaunchType.EC2));

    List<ServiceDeploymentBrief> listed = client.listServiceDeployments(r -> r.cluster("local").service("sleepers"))
        .serviceDeployments();
    assertThat(listed).singleElement().satisfies(brief -> assertThat(brief.serviceArn()).endsWith("/sleepers"));
    String arn = listed.get(0).serviceDeploymentArn();
    ServiceDeployment deployment = null;
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      deployment = client.describeServiceDeployments(r -> r.serviceDeploymentArns(arn)).serviceDeployments().get(0);
      if (deployment.status() == ServiceDeploymentStatus.SUCCESSFUL) {
        break;
      }
      Thread.sleep(250);
    }

    assertThat(deployment).isNotNull();
    assertThat(deployment.status()).as("%s", deployment).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(deployment.targetServiceRevision().runningTaskCount()).isEqualTo(1);
    assertThat(ecs.serviceDeployments().find(arn)).isPresent();
  }
}
