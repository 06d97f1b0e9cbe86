package dev.ecsdsl.validation;

import static dev.ecsdsl.validation.Fixtures.container;
import static dev.ecsdsl.validation.Fixtures.ec2Task;
import static dev.ecsdsl.validation.Fixtures.ec2TaskWith;
import static dev.ecsdsl.validation.Fixtures.fargateTask;
import static dev.ecsdsl.validation.Fixtures.fargateTaskWith;
import static dev.ecsdsl.validation.RuleCase.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.ContainerCondition;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.ContainerDependency;
import dev.ecsdsl.model.ContainerRestartPolicy;
import dev.ecsdsl.model.FirelensConfiguration;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.LogConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.OsFamily;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.RuntimePlatform;
import dev.ecsdsl.model.TaskDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per rule about task definitions, their containers (restart policies and FireLens routers included)
 * and container health checks.
 */
class TaskDefinitionRuleTest {

  static List<RuleCase> cases() {
    return List.of(
        // ---- task definition as a whole
        rule("fargate-requires-awsvpc").breaking("Fargate task in bridge mode")
            .when(() -> Validator.validate(fargateTask().withNetworkMode(NetworkMode.BRIDGE)))
            .at("task definition web → networkMode")
            .saying("networkMode bridge", "Fargate tasks must use awsvpc"),
        rule("fargate-requires-task-size").breaking("Fargate task without task memory")
            .when(() -> Validator.validate(fargateTask().withMemory(Optional.empty())))
            .at("task definition web")
            .saying("task-level memory is missing", "Fargate needs both task cpu and memory"),
        rule("fargate-cpu-memory-combination").breaking("cpu 256 with 4 GB")
            .when(() -> Validator.validate(fargateTask().withCpu("256").withMemory("4096")))
            .at("task definition web → memory")
            .saying("task memory 4096 MiB does not go with cpu 256", "512, 1024 or 2048 MiB"),
        rule("fargate-cpu-memory-combination").breaking("8 vCPU with 18 GB (8 vCPU goes in 4 GB steps)")
            .when(() -> Validator.validate(fargateTask().withCpu("8 vCPU").withMemory("18 GB")))
            .at("task definition web → memory")
            .saying("task memory 18432 MiB does not go with cpu 8192", "16384 to 61440 MiB in steps of 4096"),
        rule("fargate-cpu-memory-combination").breaking("cpu 300 is no Fargate size")
            .when(() -> Validator.validate(fargateTask().withCpu("300")))
            .at("task definition web → cpu")
            .saying("task cpu 300 is not a Fargate size", "256, 512, 1024, 2048, 4096, 8192 or 16384"),
        rule("fargate-pid-mode").breaking("pidMode host on Fargate")
            .when(() -> Validator.validate(fargateTask().withPidMode("host")))
            .at("task definition web → pidMode")
            .saying("pidMode host is not supported on Fargate", "the only valid value there is task"),
        rule("fargate-pid-mode").breaking("pidMode task on Fargate Windows")
            .when(() -> Validator.validate(fargateTask().withPidMode("task").withCpu("1024").withMemory("2048")
                .withRuntimePlatform(RuntimePlatform.builder()
                    .operatingSystemFamily(OsFamily.WINDOWS_SERVER_2022_CORE).build())))
            .at("task definition web → pidMode")
            .saying("Windows tasks on Fargate take no pidMode"),
        rule("fargate-ipc-mode").breaking("ipcMode task on Fargate")
            .when(() -> Validator.validate(fargateTask().withIpcMode("task")))
            .at("task definition web → ipcMode")
            .saying("ipcMode task is set", "Fargate take no ipcMode"),
        rule("task-size-unreadable").breaking("cpu 'quarter'")
            .when(() -> Validator.validate(fargateTask().withCpu("quarter")))
            .at("task definition web → cpu")
            .saying("task cpu 'quarter'", "neither a number of CPU units nor 'N vCPU'"),
        rule("container-memory-exceeds-task-memory").breaking("1024 MiB container in a 512 MiB task")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.memory(1024))))
            .at("task definition web → memory")
            .saying("containers reserve 1024 MiB (app 1024)", "task memory is 512 MiB"),
        rule("container-cpu-exceeds-task-cpu").breaking("512 units in a 256 unit task")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.cpu(512))))
            .at("task definition web → cpu")
            .saying("containers reserve 512 CPU units (app 512)", "task cpu is 256 units"),
        rule("ec2-container-memory-required").breaking("EC2 container without any memory")
            .when(() -> Validator.validate(ec2TaskWith(c -> c.memoryReservation(Optional.empty()))))
            .at("task definition worker → container job")
            .saying("container job has neither memory nor memoryReservation", "on EC2"),
        rule("essential-container-required").breaking("the only container is not essential")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.essential(false))))
            .at("task definition web → containerDefinitions")
            .saying("the only container (app) is marked essential=false"),
        rule("container-name-unique").breaking("two containers named app")
            .when(() -> Validator.validate(fargateTask().withContainerDefinitions(
                container("app").build(), container("app").essential(false).build())))
            .at("task definition web → container app")
            .saying("container name 'app' is used by more than one container"),
        rule("family-name-format").breaking("family with a space and '!'")
            .when(() -> Validator.validate(fargateTask().withFamily("web app!")))
            .at("task definition web app! → family")
            .saying("family 'web app!'", "including ' ' '!'"),
        rule("max-containers-per-task-definition").breaking("11 containers")
            .when(() -> Validator.validate(fargateTask().withContainerDefinitions(containers(11))))
            .at("task definition web → containerDefinitions")
            .saying("has 11 containers", "at most 10"),
        rule("task-placement-constraint-type").breaking("distinctInstance in a task definition")
            .when(() -> Validator.validate(ec2Task().withPlacementConstraints(PlacementConstraint.distinctInstance())))
            .at("task definition worker → placementConstraints[0]")
            .saying("placement constraint type distinctInstance is not allowed in a task definition"),
        rule("duplicate-host-port").breaking("two containers of an awsvpc task on port 80")
            .when(() -> Validator.validate(fargateTask().withContainerDefinitions(
                container("app").addPortMapping(PortMapping.of(80)).build(),
                container("sidecar").addPortMapping(PortMapping.of(80)).build())))
            .at("task definition web → container sidecar → portMappings[0]")
            .saying("host port 80/tcp is already used by container app portMappings[0]"),
        rule("depends-on-cycle").breaking("a waits for b, b waits for a")
            .when(() -> Validator.validate(fargateTask().withContainerDefinitions(
                container("a").addDependsOn(ContainerDependency.of("b", ContainerCondition.START)).build(),
                container("b").addDependsOn(ContainerDependency.of("a", ContainerCondition.START)).build())))
            .at("task definition web → container a → dependsOn")
            .saying("containers a → b → a wait for each other in a cycle"),
        rule("firelens-single-router").breaking("two containers with a firelensConfiguration")
            .when(() -> Validator.validate(fargateTask().withContainerDefinitions(
                container("app").addPortMapping(PortMapping.of(80)).build(),
                container("log_router").firelensConfiguration(firelens("fluentbit")).build(),
                container("fluentd_router").firelensConfiguration(firelens("fluentd")).build())))
            .at("task definition web → container fluentd_router → firelensConfiguration")
            .saying("container fluentd_router has a firelensConfiguration",
                "container log_router is already the task's FireLens log router"),

        // ---- one container
        rule("container-name-format").breaking("container name with a space")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.name("my app"))))
            .at("task definition web → container my app → name")
            .saying("container name 'my app'", "letters, digits, underscores and hyphens"),
        rule("memory-reservation-exceeds-memory").breaking("soft limit above hard limit")
            .when(() -> Validator.validate(ec2TaskWith(c -> c.memory(128).memoryReservation(256))))
            .at("task definition worker → container job → memoryReservation")
            .saying("memoryReservation 256 MiB is above the hard limit memory 128 MiB"),
        rule("host-port-must-equal-container-port").breaking("awsvpc hostPort 8080 for containerPort 80")
            .when(() -> Validator.validate(fargateTask().withContainerDefinitions(
                container("app").addPortMapping(PortMapping.of(80, 8080)).build())))
            .at("task definition web → container app → portMappings[0]")
            .saying("hostPort 8080 differs from containerPort 80; in awsvpc network mode the host port must equal the"
                + " container port or be left out"),
        rule("port-range").breaking("containerPort 70000")
            .when(() -> Validator.validate(fargateTask().withContainerDefinitions(
                container("app").addPortMapping(PortMapping.of(70000)).build())))
            .at("task definition web → container app → portMappings[0]")
            .saying("containerPort 70000 is outside 1–65535"),
        rule("depends-on-unknown-container").breaking("dependsOn db, which does not exist")
            .when(() -> Validator.validate(fargateTaskWith(
                c -> c.addDependsOn(ContainerDependency.of("db", ContainerCondition.START)))))
            .at("task definition web → container app → dependsOn[0]")
            .saying("dependsOn names container 'db'", "(containers: app)"),
        rule("depends-on-self").breaking("app depends on app")
            .when(() -> Validator.validate(fargateTaskWith(
                c -> c.addDependsOn(ContainerDependency.of("app", ContainerCondition.START)))))
            .at("task definition web → container app → dependsOn[0]")
            .saying("container app depends on itself"),
        rule("depends-on-healthy-needs-health-check").breaking("HEALTHY on a container without health check")
            .when(() -> Validator.validate(fargateTask().withContainerDefinitions(
                container("app").addDependsOn(ContainerDependency.of("proxy", ContainerCondition.HEALTHY)).build(),
                container("proxy").build())))
            .at("task definition web → container app → dependsOn[0]")
            .saying("waits for proxy to be HEALTHY but proxy has no healthCheck"),
        rule("depends-on-complete-on-essential").breaking("COMPLETE on an essential init container")
            .when(() -> Validator.validate(fargateTask().withContainerDefinitions(
                container("app").addDependsOn(ContainerDependency.of("migrate", ContainerCondition.COMPLETE)).build(),
                container("migrate").build())))
            .at("task definition web → container app → dependsOn[0]")
            .saying("waits for essential container migrate to COMPLETE", "only allowed on a non-essential container"),
        rule("privileged-not-on-fargate").breaking("privileged container on Fargate")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.privileged(true))))
            .at("task definition web → container app → privileged")
            .saying("container app is privileged, which Fargate does not allow"),
        rule("fargate-stop-timeout-max").breaking("stopTimeout 300 on Fargate")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.stopTimeout(300))))
            .at("task definition web → container app → stopTimeout")
            .saying("stopTimeout 300 s exceeds the Fargate maximum of 120 s"),
        rule("hostname-not-in-awsvpc").breaking("hostname in awsvpc mode")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.hostname("web-1"))))
            .at("task definition web → container app → hostname")
            .saying("hostname 'web-1' cannot be set in awsvpc network mode"),
        rule("awslogs-requires-execution-role").breaking("awslogs on Fargate without execution role")
            .when(() -> Validator.validate(fargateTaskWith(
                c -> c.logConfiguration(LogConfiguration.builder().logDriver("awslogs").build()))))
            .at("task definition web → container app → logConfiguration")
            .saying("sends logs with awslogs on Fargate", "no executionRoleArn"),
        rule("restart-policy-attempt-period-range").breaking("restartAttemptPeriod 30 s")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.restartPolicy(
                ContainerRestartPolicy.builder().enabled(true).restartAttemptPeriod(30).build()))))
            .at("task definition web → container app → restartPolicy → restartAttemptPeriod")
            .saying("restartAttemptPeriod 30 s is outside the allowed 60–1800 s"),
        rule("restart-policy-attempt-period-range").breaking("restartAttemptPeriod 3600 s")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.restartPolicy(
                ContainerRestartPolicy.builder().enabled(true).restartAttemptPeriod(3600).build()))))
            .at("task definition web → container app → restartPolicy → restartAttemptPeriod")
            .saying("restartAttemptPeriod 3600 s is outside the allowed 60–1800 s"),
        rule("restart-policy-ignored-exit-codes-max").breaking("51 ignored exit codes")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.restartPolicy(
                ContainerRestartPolicy.builder().enabled(true).ignoredExitCodes(exitCodes(51)).build()))))
            .at("task definition web → container app → restartPolicy → ignoredExitCodes")
            .saying("the restart policy ignores 51 exit codes", "at most 50"),
        rule("firelens-type").breaking("firelensConfiguration type logstash")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.firelensConfiguration(firelens("logstash")))))
            .at("task definition web → container app → firelensConfiguration → type")
            .saying("firelensConfiguration type 'logstash' is neither fluentd nor fluentbit"),

        // ---- container health check
        rule("health-check-interval-range").breaking("interval 1 s")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.healthCheck(check().interval(1).build()))))
            .at("task definition web → container app → healthCheck → interval")
            .saying("health check interval 1 s is outside the allowed 5–300 s"),
        rule("health-check-timeout-range").breaking("timeout 90 s")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.healthCheck(check().timeout(90).build()))))
            .at("task definition web → container app → healthCheck → timeout")
            .saying("health check timeout 90 s is outside the allowed 2–60 s"),
        rule("health-check-retries-range").breaking("0 retries")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.healthCheck(check().retries(0).build()))))
            .at("task definition web → container app → healthCheck → retries")
            .saying("health check retries 0 is outside the allowed 1–10"),
        rule("health-check-start-period-range").breaking("startPeriod 400 s")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.healthCheck(check().startPeriod(400).build()))))
            .at("task definition web → container app → healthCheck → startPeriod")
            .saying("health check startPeriod 400 s is outside the allowed 0–300 s"),
        rule("health-check-command-format").breaking("command without CMD-SHELL")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.healthCheck(
                HealthCheck.builder().addCommand("curl", "-f", "http://localhost/").build()))))
            .at("task definition web → container app → healthCheck → command")
            .saying("starts with 'curl' instead of CMD or CMD-SHELL"));
  }

  @TestFactory
  Stream<DynamicTest> rules() {
    return cases().stream().map(RuleCase::toTest);
  }

  @Test
  void baselinesAreValid() {
    assertThat(Validator.validate(fargateTask()).problems()).isEmpty();
    assertThat(Validator.validate(ec2Task()).problems()).isEmpty();
  }

  @Test
  void everyDocumentedFargateSizeIsAccepted() {
    int[][] table = {{256, 512, 2048, 512}, {512, 1024, 4096, 1024}, {1024, 2048, 8192, 1024},
        {2048, 4096, 16384, 1024}, {4096, 8192, 30720, 1024}, {8192, 16384, 61440, 4096},
        {16384, 32768, 122880, 8192}};
    for (int[] row : table) {
      for (int memory = row[1]; memory <= row[2]; memory += row[3]) {
        if (row[0] == 256 && memory == 1536) {
          continue;
        }
        TaskDefinition td = fargateTask().withCpu(String.valueOf(row[0])).withMemory(String.valueOf(memory));
        assertThat(Validator.validate(td).problems()).as("cpu %s memory %s", row[0], memory).isEmpty();
      }
    }
    assertThat(Validator.validate(fargateTask().withCpu("0.25 vCPU").withMemory("1 GB")).problems()).isEmpty();
    // vCPU and GB strings in any case and spacing, with a leading dot (RegisterTaskDefinition, cpu)
    assertThat(Validator.validate(fargateTask().withCpu(".25 vcpu").withMemory(".5 gb")).problems()).isEmpty();
    assertThat(Validator.validate(fargateTask().withCpu("1 vcpu").withMemory("2GB")).problems()).isEmpty();
    assertThat(Validator.validate(fargateTask().withPidMode("task")).problems()).isEmpty();
    assertThat(Validator.validate(fargateTask().withCpu("256").withMemory("1536")).problems())
        .extracting(Problem::rule).containsExactly("fargate-cpu-memory-combination");
  }

  @Test
  void windowsOnFargateNeedsOneVcpu() {
    TaskDefinition td = fargateTask().withCpu("512").withMemory("1024").withRuntimePlatform(
        RuntimePlatform.builder().operatingSystemFamily(OsFamily.WINDOWS_SERVER_2022_CORE).build());
    assertThat(Validator.validate(td).problems())
        .anySatisfy(p -> assertThat(p.message()).contains("Windows tasks on Fargate need at least 1024 CPU units"));
  }

  @Test
  void bridgeModeAllowsAnyHostPortButNotTheSameStaticOneTwice() {
    TaskDefinition td = ec2Task().withContainerDefinitions(
        container("a").memory(128).addPortMapping(PortMapping.of(80, 8080)).build(),
        container("b").memory(128).addPortMapping(PortMapping.of(81, 8080)).build(),
        container("c").memory(128).addPortMapping(PortMapping.of(82)).addPortMapping(PortMapping.of(83, 0)).build());
    assertThat(Validator.validate(td).problems()).extracting(Problem::rule).containsExactly("duplicate-host-port");
  }

  @Test
  void healthCheckPathReadsFromOutsideIn() {
    Problem p = Validator.validate(fargateTaskWith(c -> c.healthCheck(check().retries(20).build()))).problems().get(0);
    assertThat(p.path().segments())
        .containsExactly("task definition web", "container app", "healthCheck", "retries");
  }

  @Test
  void restartPoliciesAndOneFirelensRouterWithinTheLimitsAreValid() {
    TaskDefinition td = fargateTask().withContainerDefinitions(
        container("app").addPortMapping(PortMapping.of(80))
            .restartPolicy(ContainerRestartPolicy.builder().enabled(true).ignoredExitCodes(exitCodes(50))
                .restartAttemptPeriod(60).build())
            .logConfiguration(LogConfiguration.builder().logDriver("awsfirelens").build()).build(),
        container("log_router").essential(false).firelensConfiguration(firelens("fluentbit"))
            .restartPolicy(ContainerRestartPolicy.builder().enabled(true).restartAttemptPeriod(1800).build()).build());
    assertThat(Validator.validate(td).problems()).isEmpty();
    assertThat(ContainerRestartPolicy.builder().enabled(true).build().restartAttemptPeriodOrDefault()).isEqualTo(300);
  }

  private static FirelensConfiguration firelens(String type) {
    return FirelensConfiguration.builder().type(type).putOption("enable-ecs-log-metadata", "true").build();
  }

  private static List<Integer> exitCodes(int n) {
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      codes.add(i);
    }
    return codes;
  }

  private static HealthCheck.Builder check() {
    return HealthCheck.builder().addCommand("CMD-SHELL", "curl -f http://localhost/ || exit 1");
  }

  private static List<ContainerDefinition> containers(int n) {
    List<ContainerDefinition> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(container("c" + i).build());
    }
    return list;
  }
}
