package dev.ecsdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/ecs-dsl validate}, run through {@link Main} as the launcher runs it. */
class ValidateCommandTest {
  private static final String VALID_FARGATE = """
      {
        "family": "web",
        "networkMode": "awsvpc",
        "requiresCompatibilities": ["FARGATE"],
        "cpu": "256",
        "memory": "512",
        "containerDefinitions": [
          {"name": "app", "image": "nginx:1.27", "essential": true,
           "portMappings": [{"containerPort": 80, "protocol": "tcp"}]}
        ]
      }
      """;

  @TempDir
  Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("validate"));
    all.addAll(List.of(args));
    return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p.toString();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aValidTaskDefinitionExitsZero() throws IOException {
    assertThat(run(file("web.json", VALID_FARGATE))).isEqualTo(0);
    assertThat(out()).contains("web.json: task definition web: valid").contains("1 valid, 0 invalid");
  }

  @Test
  void fargateInBridgeModeExitsOneAndNamesFilePathRuleAndFix() throws IOException {
    String bad = VALID_FARGATE.replace("awsvpc", "bridge");
    assertThat(run(file("web.json", bad))).isEqualTo(1);
    assertThat(out())
        .contains("web.json: task definition web: INVALID")
        .contains("ERROR task definition web")
        .contains("[fargate-requires-awsvpc]")
        .contains("fix: ");
  }

  @Test
  void aMisspeltMemberIsAnErrorThatSuggestsTheMemberMeant() throws IOException {
    String typo = VALID_FARGATE.replace("\"portMappings\"", "\"portMapping\"");
    assertThat(run(file("typo.json", typo))).isEqualTo(1);
    assertThat(out()).contains("portMapping").contains("portMappings").contains("line");
  }

  @Test
  void aFileThatIsNotJsonGetsTheLineAndColumn() throws IOException {
    assertThat(run(file("broken.json", "{\n  \"family\": \"web\",\n  oops\n}"))).isEqualTo(1);
    assertThat(out()).contains("broken.json").contains("line 3");
  }

  @Test
  void oneInvalidFileAmongValidOnesMakesTheRunInvalid() throws IOException {
    String good = file("good.json", VALID_FARGATE);
    String bad = file("bad.json", VALID_FARGATE.replace("\"512\"", "\"100\""));
    assertThat(run(good, bad)).isEqualTo(1);
    assertThat(out()).contains("2 files checked: 1 valid, 1 invalid");
  }

  @Test
  void aServiceIsCheckedWithItsTaskDefinitionWhenBothAreGiven() throws IOException {
    String td = file("web.json", VALID_FARGATE);
    String service = file("service.json", """
        {"cluster": "prod", "serviceName": "web", "taskDefinition": "web", "desiredCount": 2,
         "launchType": "FARGATE",
         "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-a"], "securityGroups": ["sg-web"]}},
         "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                            "containerName": "app", "containerPort": 8080}]}
        """);
    assertThat(run(td, service)).isEqualTo(1);
    assertThat(out()).contains("service.json: service web: INVALID").contains("8080");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    assertThat(run()).isEqualTo(2);
    assertThat(run("--strict", file("web.json", VALID_FARGATE))).isEqualTo(2);
    assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no file given").contains("unknown option '--strict'")
        .contains("no such file");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(Main.run(List.of("deploy"), new PrintStream(out), new PrintStream(err))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'deploy'").contains("validate");
  }
}
