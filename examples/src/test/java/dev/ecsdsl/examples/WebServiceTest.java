package dev.ecsdsl.examples;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;
import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.Service;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The README's quick start, verbatim: if this fails, the README is wrong. */
@EcsTest
class WebServiceTest {

  @Deploy
  static EnvironmentBuilder web = web(8080);

  static EnvironmentBuilder web(int hostPort) {
    return Ecs.environment("web")
        .vpc(vpc -> vpc
            .subnet("subnet-a", "us-east-1a", "10.0.1.0/24")
            .subnet("subnet-b", "us-east-1b", "10.0.2.0/24")
            .securityGroup("sg-web", sg -> sg.ingress(8080, "10.0.0.0/16")))
        .role("web-execution", r -> r.trustedBy(IamRole.ECS_TASKS)
            .managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("web-execution")
            .container("app", app -> app.image("nginx:1.27").port(8080, hostPort)))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(2).fargate()
            .subnets("subnet-a", "subnet-b").securityGroups("sg-web"));
  }

  @Test
  void runsTwoTasksSpreadOverBothZones(@Service("web") ServiceHandle web) {
    web.awaitSteady();

    assertThat(web).isSteady().hasRunningCount(2).tasksSpreadAcross("ecs.availability-zone").allTasksHealthy();
  }

  @Test
  void ecsWouldAcceptIt(Environment deployed) {
    assertThat(EcsJson.writeTaskDefinition(deployed.taskDefinition("web").orElseThrow()))
        .contains("\"networkMode\": \"awsvpc\"");
  }

  @Test
  void awsvpcNeedsHostPortEqualToContainerPort() {
    assertThatThrownBy(() -> web(9090).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("service web → task definition web:1 → container app → portMappings[0]");
  }
}
