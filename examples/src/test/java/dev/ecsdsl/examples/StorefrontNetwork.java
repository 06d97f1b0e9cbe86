package dev.ecsdsl.examples;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.model.IamRole;

/**
 * The storefront's network, shared by the web service examples: a VPC with two subnets in two zones, an
 * internet-facing ALB on 443 that forwards to target group {@code web} (ip targets on 8080), the security
 * groups between them, an execution role and a Fargate cluster {@code prod}. Each example adds its task
 * definitions and the service.
 */
final class StorefrontNetwork {
  private StorefrontNetwork() {}

  static EnvironmentBuilder network() {
    return vpc(443)
        .loadBalancer("alb", lb -> lb.application().subnets("subnet-a", "subnet-b").securityGroups("sg-alb")
            .listener(443, l -> l.forwardTo("web")))
        .targetGroup("web", tg -> tg.ip().port(8080).healthCheck("/health").deregistrationDelay(30))
        .cluster("prod", c -> c.fargateCapacityProviders());
  }

  /**
   * The VPC alone: subnets {@code subnet-a} and {@code subnet-b}, {@code sg-alb} open on {@code albPort},
   * {@code sg-web} open on 8080 to {@code sg-alb}, and the execution role.
   */
  static EnvironmentBuilder vpc(int albPort) {
    return Ecs.environment("storefront")
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24")
            .securityGroup("sg-alb", sg -> sg.ingress(albPort, "0.0.0.0/0"))
            .securityGroup("sg-web", sg -> sg.ingressFrom(8080, "sg-alb")))
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS).managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY));
  }
}
