package dev.ecsdsl.junit.assertj;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;

/** The description the assertions' tests deploy. */
final class RolloutEnvironment {
  private RolloutEnvironment() {}

  /**
   * Three hosts over three zones and a health-checked service "web" of three tasks on revision 1 of two,
   * with the deployment circuit breaker and rollback.
   */
  static EnvironmentBuilder rollout() {
    var builder = Ecs.environment("rollout")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(3)
            .zones("us-east-1a", "us-east-1b", "us-east-1c")));
    for (String version : new String[] {"1", "2"}) {
      builder.taskDefinition("web", td -> td.ec2().container("app", a -> a.image("example/web:" + version).memory(128)
          .healthCheck("true", 10, 5, 3, 10)));
    }
    return builder.service("web", s -> s.cluster("prod").taskDefinition("web:1").desiredCount(3).ec2()
        .deployment(100, 200).circuitBreaker(true));
  }
}
