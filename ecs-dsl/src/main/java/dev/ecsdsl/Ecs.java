package dev.ecsdsl;

import dev.ecsdsl.dsl.EnvironmentBuilder;

/**
 * The entry point of the description DSL. A description reads like the setup it describes:
 *
 * <pre>{@code
 * Environment shop = Ecs.environment("shop")
 *     .region("eu-west-1")
 *     .vpc(vpc -> vpc
 *         .subnet("subnet-a", "eu-west-1a", "10.0.1.0/24")
 *         .subnet("subnet-b", "eu-west-1b", "10.0.2.0/24")
 *         .securityGroup("sg-web", sg -> sg.ingress(8080, "10.0.0.0/16")))
 *     .role("web-execution", r -> r.trustedBy(IamRole.ECS_TASKS).managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
 *     .cluster("prod", c -> c.fargateCapacityProviders())
 *     .taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("web-execution")
 *         .container("app", app -> app.image("nginx:1.27").port(8080)))
 *     .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(2).fargate()
 *         .subnets("subnet-a", "subnet-b").securityGroups("sg-web"))
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} validates the whole description and throws a
 * {@link dev.ecsdsl.validation.ValidationException} listing every problem; {@code validate()} returns them.
 */
public final class Ecs {
  private Ecs() {}

  /**
   * Starts the description of an environment (one account and region).
   *
   * @param name the environment's name, used in messages such as {@code environment shop}
   * @return a builder for the environment
   */
  public static EnvironmentBuilder environment(String name) {
    return new EnvironmentBuilder(name);
  }
}
