package dev.ecsdsl.json;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.model.TaskDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The create-service inputs of a BLUE_GREEN, a LINEAR and a CANARY service in {@code json/deployments} (written as
 * the developer guide's "Application Load Balancer resources for blue/green, linear, and canary deployments" and
 * the API reference show them), and the description of what they refer to. Published in the test-jar so that the
 * runtimes run them.
 */
public final class DeploymentStrategyFiles {
  /** The ARN prefix of the account's load balancing resources. */
  public static final String ARN = "arn:aws:elasticloadbalancing:us-west-2:123456789012:";
  /** The ALB's name and id. */
  public static final String ALB = "checkout-alb/50dc6c495c0c9188";
  /** The ARN prefix of the production listener's rules. */
  public static final String PRODUCTION = ARN + "listener-rule/app/" + ALB + "/f2f7dc8efc522ab2/";
  /** The ARN prefix of the test listener's rules. */
  public static final String TEST = ARN + "listener-rule/app/" + ALB + "/0467ef3c8400ae65/";
  /** The three service files. */
  public static final List<String> SERVICES = List.of("service-blue-green.json", "service-linear.json",
      "service-canary.json");

  private DeploymentStrategyFiles() {}

  /**
   * {@return a file of {@code json/deployments}}
   *
   * @param name the file's name
   */
  public static Path resource(String name) {
    try {
      return Path.of(DeploymentStrategyFiles.class.getResource("/json/deployments/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@return the text of a file of {@code json/deployments}, also from inside the test-jar}
   *
   * @param name the file's name
   */
  public static String text(String name) {
    try (InputStream in = DeploymentStrategyFiles.class.getResourceAsStream("/json/deployments/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no file json/deployments/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return a service file, imported}
   *
   * @param file the file's name
   */
  public static Service service(String file) {
    return EcsJson.readService(file, text(file)).value();
  }

  /**
   * The account around the three services, as a team would describe it next to its service files.
   *
   * @return the description, with the three services
   */
  public static EnvironmentBuilder description() {
    EnvironmentBuilder env = Ecs.environment("checkout").region("us-west-2").account("123456789012")
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-0a1b2c3d4e5f60001", "us-west-2a", "10.0.1.0/24")
            .subnet("subnet-0a1b2c3d4e5f60002", "us-west-2b", "10.0.2.0/24")
            .securityGroup("sg-alb", sg -> sg.ingress(80, "0.0.0.0/0").ingress(8080, "10.0.0.0/8"))
            .securityGroup("sg-0123456789abcdef0", sg -> sg.ingressFrom(8080, "sg-alb")))
        .role("ecsTaskExecutionRole", r -> r.trustedBy(IamRole.ECS_TASKS)
            .managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
        .role("ecsInfrastructureRoleForLoadBalancers", r -> r.trustedBy(IamRole.ECS)
            .managedPolicy("arn:aws:iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers"))
        .role("ecs-lambda-invoke-role", r -> r.trustedBy(IamRole.ECS)
            .allow("lambda:InvokeFunction", "arn:aws:lambda:*:*:function:*"))
        .ecrRepository("checkout", "2.3.0")
        .loadBalancer("checkout-alb", lb -> lb.subnets("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002")
            .securityGroups("sg-alb")
            .listener(80, l -> l.arn(ARN + "listener/app/" + ALB + "/f2f7dc8efc522ab2").forwardTo("checkout-bg-blue")
                .rule(hostRule(10, "checkout.example.com", "checkout-bg-blue", PRODUCTION + "9683b2d02a6cabee"))
                .rule(hostRule(20, "linear.checkout.example.com", "checkout-linear-blue",
                    PRODUCTION + "5e2b8f0b9c3a1d4e"))
                .rule(hostRule(30, "canary.checkout.example.com", "checkout-canary-blue",
                    PRODUCTION + "7a6c4d2e1f0b3c5d")))
            .listener(8080, l -> l.arn(ARN + "listener/app/" + ALB + "/0467ef3c8400ae65")
                .rule(hostRule(10, "checkout.example.com", "checkout-bg-green", TEST + "b7d21e5f3a9c8d01"))
                .rule(hostRule(30, "canary.checkout.example.com", "checkout-canary-green",
                    TEST + "c8e32f6a4b0d9e12"))))
        .cluster("checkout", c -> c.fargateCapacityProviders());
    for (String group : List.of("checkout-bg-blue", "checkout-bg-green", "checkout-linear-blue",
        "checkout-linear-green", "checkout-canary-blue", "checkout-canary-green")) {
      env.targetGroup(group, tg -> tg.ip().port(8080).healthCheck("/health"));
    }
    for (String green : List.of("checkout-bg-green", "checkout-linear-green", "checkout-canary-green")) {
      env.alarm(MetricAlarm.builder().alarmName(green + "-5xx").namespace("AWS/ApplicationELB")
          .metricName("HTTPCode_Target_5XX_Count").statistic(Statistic.SUM).period(60).evaluationPeriods(2)
          .threshold(5).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
          .addDimension(MetricDimension.of("TargetGroup", "targetgroup/" + green + "/7e1fd0942ffda010"))
          .addDimension(MetricDimension.of("LoadBalancer", "app/" + ALB))
          .build());
    }
    TaskDefinition td = EcsJson.readTaskDefinition("checkout-task.json", text("checkout-task.json")).value();
    env.taskDefinition(td);
    for (String file : List.of("service-blue-green.json", "service-linear.json", "service-canary.json")) {
      env.service(service(file));
    }
    return env;
  }

  private static ListenerRule hostRule(int priority, String host, String targetGroup, String ruleArn) {
    return ListenerRule.builder().priority(priority).addHostHeader(host).targetGroupArn(targetGroup).ruleArn(ruleArn)
        .build();
  }
}
