package dev.ecsdsl.examples;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.model.ContainerCondition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;

/**
 * The example environment of the README and the tour: a web shop in eu-west-1. The storefront runs on
 * Fargate behind an ALB across two zones with a circuit-breaking rolling deployment and request-count
 * scaling; the order workers run in bridge mode with dynamic ports on an EC2 cluster over three zones,
 * binpacked on memory; a log agent runs as a daemon on every instance; a nightly report runs from an
 * EventBridge schedule.
 */
public final class ShopEnvironment {
  private ShopEnvironment() {}

  /**
   * The description, validated.
   *
   * @return the shop's environment
   */
  public static Environment build() {
    return description().build();
  }

  /**
   * The description, not yet validated.
   *
   * @return a builder with the whole description, to change before building
   */
  public static EnvironmentBuilder description() {
    return Ecs.environment("shop")
        .region("eu-west-1")
        .account("111122223333")
        .vpc(vpc -> vpc.cidr("10.0.0.0/16")
            .publicSubnet("subnet-public-a", "eu-west-1a", "10.0.0.0/24")
            .publicSubnet("subnet-public-b", "eu-west-1b", "10.0.1.0/24")
            .subnet("subnet-private-a", "eu-west-1a", "10.0.10.0/24")
            .subnet("subnet-private-b", "eu-west-1b", "10.0.11.0/24")
            .subnet("subnet-private-c", "eu-west-1c", "10.0.12.0/24")
            .securityGroup("sg-alb", sg -> sg.ingress(80, "0.0.0.0/0").ingress(443, "0.0.0.0/0"))
            .securityGroup("sg-web", sg -> sg.ingressFrom(8080, "sg-alb"))
            .securityGroup("sg-workers", sg -> sg.ingressFrom(32768, 65535, "sg-alb")))
        .role("shop-execution", r -> r.trustedBy(IamRole.ECS_TASKS)
            .managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY)
            .allow("secretsmanager:GetSecretValue", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:shop/*"))
        .role("storefront-task", r -> r.trustedBy(IamRole.ECS_TASKS)
            .allow("s3:GetObject", "arn:aws:s3:::shop-assets/*"))
        .role("orders-task", r -> r.trustedBy(IamRole.ECS_TASKS)
            .allow("sqs:ReceiveMessage", "arn:aws:sqs:eu-west-1:111122223333:orders")
            .allow("sqs:DeleteMessage", "arn:aws:sqs:eu-west-1:111122223333:orders"))
        .role("shop-instance", r -> r.trustedBy(IamRole.EC2).managedPolicy(IamRole.EC2_CONTAINER_SERVICE_FOR_EC2_ROLE))
        .role("shop-events", r -> r.trustedBy(IamRole.EVENTS).allow("ecs:RunTask").allow("iam:PassRole"))
        .secret("shop/db-password", "correct-horse-battery-staple")
        .ssmParameter("/shop/feature-flags", "new-checkout=on")
        .ecrRepository("shop/storefront", "1.4.2", "1.5.0")
        .ecrRepository("shop/orders", "2.0.1")
        .loadBalancer("shop-alb", lb -> lb.application()
            .subnets("subnet-public-a", "subnet-public-b").securityGroups("sg-alb")
            .listener(80, l -> l.forwardTo("storefront")))
        .targetGroup("storefront", tg -> tg.ip().port(8080).healthCheck("/health").deregistrationDelay(30))
        .cluster("shop-web", c -> c.fargateCapacityProviders().defaultStrategy("FARGATE", 1, 1))
        .cluster("shop-workers", c -> c
            .instanceGroup("workers-asg", g -> g.instanceType("m5.large").capacity(3, 3, 6)
                .zones("eu-west-1a", "eu-west-1b", "eu-west-1c").instanceProfile("shop-instance")
                .attribute("workload", "orders"))
            .asgCapacityProvider("workers-cp", "workers-asg", 100, true))
        .taskDefinition("storefront", td -> td.fargate().cpu(512).memory(1024)
            .executionRole("shop-execution").taskRole("storefront-task")
            .container("app", app -> app
                .image("111122223333.dkr.ecr.eu-west-1.amazonaws.com/shop/storefront:1.4.2")
                .port(8080)
                .env("SPRING_PROFILES_ACTIVE", "prod")
                .secret("DB_PASSWORD", "shop/db-password")
                .healthCheck("wget -q -O- http://localhost:8080/health || exit 1",
                    hc -> hc.interval(10).timeout(5).retries(3).startPeriod(30))
                .awslogs("/ecs/storefront", "eu-west-1", "storefront")))
        .taskDefinition("orders", td -> td.ec2().networkMode(dev.ecsdsl.model.NetworkMode.BRIDGE)
            .executionRole("shop-execution").taskRole("orders-task")
            .container("migrate", m -> m.image("111122223333.dkr.ecr.eu-west-1.amazonaws.com/shop/orders:2.0.1")
                .memoryReservation(128).essential(false).command("orders", "migrate"))
            .container("worker", w -> w.image("111122223333.dkr.ecr.eu-west-1.amazonaws.com/shop/orders:2.0.1")
                .cpu(256).memoryReservation(512).memory(1024).port(8080, 0)
                .dependsOn("migrate", ContainerCondition.SUCCESS)
                .env("QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/111122223333/orders")))
        .taskDefinition("log-agent", td -> td.ec2()
            .container("fluent-bit", f -> f.image("public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0")
                .cpu(64).memoryReservation(64)))
        .taskDefinition("nightly-report", td -> td.fargate().cpu(256).memory(512).executionRole("shop-execution")
            .container("report", r -> r.image("111122223333.dkr.ecr.eu-west-1.amazonaws.com/shop/orders:2.0.1")
                .command("orders", "report", "--since=24h")))
        .service("storefront", s -> s.cluster("shop-web").taskDefinition("storefront").desiredCount(3).fargate()
            .subnets("subnet-private-a", "subnet-private-b").securityGroups("sg-web")
            .loadBalancer("storefront", "app", 8080).healthCheckGracePeriod(60)
            .deployment(100, 200).circuitBreaker(true)
            .autoScaling(3, 12, a -> a.targetRequestsPerTarget("storefront", 1000)))
        .service("orders", s -> s.cluster("shop-workers").taskDefinition("orders").desiredCount(6).ec2()
            .spread("attribute:ecs.availability-zone").binpack("memory")
            .memberOf("attribute:workload == orders"))
        .service("log-agent", s -> s.cluster("shop-workers").taskDefinition("log-agent").daemon().ec2())
        .scheduledTask("nightly-report", t -> t.schedule("cron(0 2 * * ? *)").cluster("shop-web")
            .taskDefinition("nightly-report").role("shop-events")
            .fargate(new String[] {"subnet-private-a", "subnet-private-b"}, "sg-web"));
  }
}
