package dev.ecsdsl.cli;

import static dev.ecsdsl.cli.CliRun.FARGATE;
import static dev.ecsdsl.cli.CliRun.SERVICE;
import static dev.ecsdsl.cli.CliRun.file;
import static dev.ecsdsl.cli.CliRun.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/ecs-dsl validate}: verdicts, every problem at once, options, exit codes. */
class ValidateCommandTest {
  @TempDir
  Path dir;

  @Test
  void aValidTaskDefinitionExitsZero() throws IOException {
    CliRun run = validate(file(dir, "web.json", FARGATE));
    assertThat(run.code).isZero();
    assertThat(run.out).contains("web.json: task definition web: valid").contains("1 valid, 0 invalid");
  }

  @Test
  void fargateInBridgeModeExitsOneAndNamesFileLineRuleAndFix() throws IOException {
    CliRun run = validate(file(dir, "web.json", FARGATE.replace("awsvpc", "bridge")));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out)
        .contains("web.json: task definition web: INVALID")
        .contains("web.json:3:3: ERROR task definition web → networkMode: networkMode bridge cannot run on Fargate")
        .contains("[fargate-requires-awsvpc]")
        .contains("fix: set networkMode to awsvpc");
  }

  @Test
  void aMisspeltMemberIsAnErrorThatSuggestsTheMemberMeant() throws IOException {
    CliRun run = validate(file(dir, "typo.json", FARGATE.replace("\"portMappings\"", "\"portMapping\"")));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("typo.json:9:6: ERROR containerDefinitions[0] → portMapping: unknown member")
        .contains("did you mean 'portMappings'?");
  }

  /** README: "every problem at once". A structural problem no longer hides what the rules find in the rest. */
  @Test
  void structuralProblemsAndRuleProblemsAreReportedTogether() throws IOException {
    String both = FARGATE.replace("\"memory\": \"512\"", "\"memory\": \"512\", \"requiresCompatibilites\": []")
        .replace("awsvpc", "bridge").replace("\"essential\": true", "\"essential\": \"true\"");
    CliRun run = validate(file(dir, "both.json", both));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("both.json: task definition web: INVALID (3 errors, 0 warnings)")
        .contains("[json-unknown-member]").contains("[json-wrong-type]").contains("[fargate-requires-awsvpc]");
  }

  @Test
  void aFileThatIsNotJsonGetsTheLineAndColumn() throws IOException {
    CliRun run = validate(file(dir, "broken.json", "{\n  \"family\": \"web\",\n  oops\n}"));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("broken.json: not read: INVALID").contains("broken.json:3:3: ERROR (root): not valid JSON");
  }

  @Test
  void oneInvalidFileAmongValidOnesMakesTheRunInvalid() throws IOException {
    Path good = file(dir, "good.json", FARGATE);
    Path bad = file(dir, "bad.json", FARGATE.replace("\"512\"", "\"100\""));
    CliRun run = validate(good, bad);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("2 files checked: 1 valid, 1 invalid");
  }

  /** The pair's problem lies in the service, and the task definition's own problems are not repeated. */
  @Test
  void aServiceIsCheckedWithItsTaskDefinitionWhenBothAreGiven() throws IOException {
    Path td = file(dir, "web.json", FARGATE.replace("\"nginx:1.27\"", "\"nginx:1.27\", \"cpu\": 512"));
    Path service = file(dir, "service.json", SERVICE.replace("\"desiredCount\": 2,", """
        "desiredCount": 2, "loadBalancers": [{"targetGroupArn":
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
         "containerName": "app", "containerPort": 8080}],"""));
    CliRun run = validate(td, service);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("service.json: service web: INVALID (1 error")
        .contains("service.json:3:26: ERROR service web → loadBalancers[0] → containerPort: containerPort 8080")
        .contains("web.json: task definition web: INVALID (1 error");
    assertThat(run.out.split("container-cpu-exceeds-task-cpu", -1)).as("reported once, in web.json").hasSize(2);
  }

  /** A task definition without requiresCompatibilities, run on Fargate: the problem is the pair's, in the TD file. */
  @Test
  void aPairsProblemInTheTaskDefinitionIsLocatedInItsFile() throws IOException {
    Path td = file(dir, "web.json", FARGATE.replace("\"requiresCompatibilities\": [\"FARGATE\"],", "")
        .replace("awsvpc", "bridge"));
    Path service = file(dir, "service.json", SERVICE);
    CliRun run = validate(td, service);
    assertThat(run.out).contains("web.json: task definition web: valid")
        .contains("service.json: service web: INVALID")
        .contains("web.json:3:3: ERROR service web → task definition web → networkMode: networkMode bridge cannot run"
            + " on Fargate");
  }

  /** The AWS CLI merges --service-name and the other flags with --cli-input-json; a flag wins over the file. */
  @Test
  void commandLineMembersFillInWhatTheFileLeavesOut() throws IOException {
    Path service = file(dir, "service.json", SERVICE.replace("\"serviceName\": \"web\", ", ""));
    CliRun without = validate(service);
    assertThat(without.code).isZero();
    assertThat(without.out).contains("service (serviceName from --service-name): valid (0 errors, 1 warning)")
        .contains("WARNING serviceName: 'serviceName' is missing; create-service needs it, which the AWS CLI takes from"
            + " --service-name").contains("[json-member-from-command-line]");

    CliRun with = validate("--service-name", "orders", "--cluster=shop", service);
    assertThat(with.code).isZero();
    assertThat(with.out).contains("service orders: valid").doesNotContain("WARNING");

    CliRun badName = validate("--service-name", "orders api", service);
    assertThat(badName.code).isEqualTo(1);
    assertThat(badName.out).contains("service orders api → serviceName: service name 'orders api' must be");

    CliRun badLaunchType = validate("--launch-type", "SPOT", service);
    assertThat(badLaunchType.code).isEqualTo(1);
    assertThat(badLaunchType.out).contains("'SPOT' is not a valid value of 'launchType (--launch-type)'");
  }

  @Test
  void theLaunchTypeFlagChangesWhatTheTaskDefinitionIsCheckedAgainst() throws IOException {
    Path td = file(dir, "web.json", FARGATE.replace("\"FARGATE\"", "\"EC2\"").replace("awsvpc", "bridge"));
    Path service = file(dir, "service.json", SERVICE.replace("\"launchType\": \"FARGATE\",", ""));
    assertThat(validate("--launch-type", "EC2", td, service).code).isEqualTo(1);
    assertThat(validate("--launch-type", "FARGATE", td, service).out)
        .contains("launches on FARGATE but task definition web requires EC2");
  }

  /** CreateService: "A task definition must be specified if the service uses either the ECS or CODE_DEPLOY deployment controllers." */
  @Test
  void aServiceWithTheExternalDeploymentControllerNeedsNoTaskDefinition() throws IOException {
    String external = """
        {"cluster": "prod", "serviceName": "web", "desiredCount": 2,
         "deploymentController": {"type": "EXTERNAL"}}""";
    assertThat(validate(file(dir, "external.json", external)).code).isZero();
    CliRun ecs = validate(file(dir, "ecs.json", external.replace("EXTERNAL", "ECS")));
    assertThat(ecs.code).isEqualTo(1);
    assertThat(ecs.out).contains("required member 'taskDefinition' of CreateService input is missing");
  }

  @Test
  void placeholdersAndNullsAreWarningsThatSayWhyTheDeployWouldFail() throws IOException {
    String templated = FARGATE.replace("nginx:1.27", "${IMAGE}")
        .replace("\"cpu\": \"256\"", "\"cpu\": \"256\", \"pidMode\": null, \"executionRoleArn\": "
            + "\"arn:aws:iam::<ACCOUNT_ID>:role/ecsTaskExecutionRole\"");
    CliRun run = validate(file(dir, "templated.json", templated));
    assertThat(run.code).isZero();
    assertThat(run.out).contains("valid (0 errors, 3 warnings)")
        .contains("containerDefinitions[0] → image: '${IMAGE}' holds the template placeholder ${IMAGE}: ECS does not"
            + " fill in placeholders, so the task would try to pull an image of that name")
        .contains("<ACCOUNT_ID>").contains("'pidMode' is null: the AWS CLI refuses null");
  }

  /** A newline and ESC in a value would forge report lines or drive the terminal: they are printed escaped. */
  @Test
  void controlCharactersFromFilesAreNeverPrintedRaw() throws IOException {
    String forged = FARGATE.replace("\"family\": \"web\"",
        "\"family\": \"web\\nx.json: task definition x: valid\\u001b[2J\"");
    CliRun run = validate(file(dir, "forged.json", forged));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).doesNotContain("\u001b").doesNotContain("\nx.json: task definition x: valid")
        .contains("task definition web\\nx.json: task definition x: valid\\u001b[2J: INVALID");
    assertThat(run.out.lines()).allSatisfy(line -> assertThat(line.chars()).allMatch(c -> c >= 0x20));
  }

  @Test
  void doubleDashEndsTheOptions() throws IOException {
    Path dashed = file(dir, "-web.json", FARGATE);
    assertThat(validate(dashed.getFileName()).code).as("a name starting with - is an option").isEqualTo(2);
    assertThat(validate("--", dashed).code).isZero();
    assertThat(validate("--format", "json", "--", dashed).out).contains("\"valid\" : true");
  }

  @Test
  void usageErrorsExitTwoAndOnlyThey() throws IOException {
    Path web = file(dir, "web.json", FARGATE);
    for (List<Object> args : List.<List<Object>>of(List.of(), List.of("--strict", web), List.of("--format", "xml", web),
        List.of("--format"), List.of("--max-problems", "-1", web), List.of("--service-name", web.toString()))) {
      CliRun run = validate(args.toArray());
      assertThat(run.code).as("%s", args).isEqualTo(2);
      assertThat(run.err).as("%s", args).contains("usage: bin/ecs-dsl validate");
    }
    assertThat(validate().err).contains("no file given");
    assertThat(validate("--strict", web).err).contains("unknown option '--strict'");
    assertThat(validate("--format", "xml", web).err).contains("--format takes text, json or sarif, not 'xml'");
  }

  @Test
  void theProblemsOfAFileAreListedUpToACapAndTheRestCounted() throws IOException {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      members.append("\"unknown").append(i).append("\": 1, ");
    }
    CliRun run = validate("--max-problems", "5", file(dir, "many.json", "{" + members + "\"family\": \"web\"}"));
    assertThat(run.out).contains("INVALID (31 errors, 0 warnings)")
        .contains("… 26 more problems not listed (26 errors, 0 warnings)");
    assertThat(run.out.lines().filter(l -> l.contains(": ERROR "))).hasSize(5);
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = CliRun.main(List.of("deploy\u001b[31m"));
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("unknown command 'deploy\\u001b[31m'").contains("validate").doesNotContain("\u001b");
  }
}
