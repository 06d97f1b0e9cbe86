package dev.ecsdsl.junit;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;

/** Small descriptions for the extension's tests: two or three EC2 hosts, a service "web", a task definition "job". */
public final class TestEnvironments {
  /** A busybox shell script that runs until SIGTERM, then exits 0. */
  static final String RUNS_UNTIL_STOPPED = "trap 'exit 0' TERM; while true; do sleep 1; done";

  private TestEnvironments() {}

  public static EnvironmentBuilder with(String image) {
    return Ecs.environment("small")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b")))
        .taskDefinition("web", td -> td.ec2().container("app", a -> a.image(image).memory(64)
            .command("sh", "-c", RUNS_UNTIL_STOPPED)))
        .taskDefinition("job", td -> td.ec2().container("main", a -> a.image(image).memory(64)
            .command("sh", "-c", "exit 3")))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(2).ec2());
  }

  public static EnvironmentBuilder inMemory() {
    return with("example/app:1");
  }
}
