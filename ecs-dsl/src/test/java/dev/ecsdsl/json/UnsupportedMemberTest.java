package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Volume;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ECS members the model does not hold are dropped with a warning naming the member (none when the value is
 * empty, as then nothing is lost); the rest of the file imports.
 */
class UnsupportedMemberTest {

  @Test
  void everyUnsupportedMemberIsDroppedWithAWarningAndTheRestImports() {
    String text = JsonFiles.text("unsupported-members.json");

    JsonImport<TaskDefinition> imported = EcsJson.readTaskDefinition("unsupported-members.json", text);

    assertThat(imported.warnings()).allSatisfy(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.rule()).isEqualTo(JsonRules.UNSUPPORTED_MEMBER);
    });
    assertThat(imported.warnings()).extracting(p -> p.path().toString()).containsExactly(
        "containerDefinitions[1] → systemControls",
        "containerDefinitions[1] → linuxParameters → tmpfs",
        "proxyConfiguration",
        "enableFaultInjection");
    assertThat(JsonFiles.shown(imported.warnings().get(2))).isEqualTo(
        "ECS member 'proxyConfiguration' is not simulated by ecs-dsl and was ignored "
            + JsonFiles.at(text, "\"proxyConfiguration\""));
    assertThat(imported.warnings()).extracting(Problem::message)
        .noneMatch(m -> m.contains("dockerSecurityOptions"));

    TaskDefinition td = imported.value();
    assertThat(td.containerDefinitions()).extracting(ContainerDefinition::name).containsExactly("log_router", "app");
    ContainerDefinition app = td.container("app").orElseThrow();
    assertThat(app.linuxParameters().orElseThrow().initProcessEnabled()).contains(true);
    assertThat(app.logConfiguration().orElseThrow().logDriver()).isEqualTo("awsfirelens");
    assertThat(app.logConfiguration().orElseThrow().options()).containsEntry("Name", "cloudwatch_logs");
    assertThat(td.container("log_router").orElseThrow().firelensConfiguration().orElseThrow())
        .satisfies(firelens -> {
          assertThat(firelens.type()).isEqualTo("fluentbit");
          assertThat(firelens.options()).containsEntry("enable-ecs-log-metadata", "true");
        });
    assertThat(app.restartPolicy().orElseThrow()).satisfies(policy -> {
      assertThat(policy.enabled()).isTrue();
      assertThat(policy.restartAttemptPeriod()).contains(300);
      assertThat(policy.ignoredExitCodes()).isEmpty();
    });
    assertThat(EcsJson.writeTaskDefinition(td)).doesNotContain("proxyConfiguration", "systemControls", "tmpfs")
        .contains("firelensConfiguration", "restartPolicy");
  }

  @Test
  void unsupportedMembersOfAServiceAreDroppedWithWarningsAtEveryDepth() {
    String json = """
        {
          "serviceName": "web",
          "taskDefinition": "web:1",
          "clientToken": "0b1d2c3e",
          "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:eu-west-1:123456789012:service/srv-1"}],
          "serviceConnectConfiguration": {"enabled": true, "namespace": "shop"},
          "loadBalancers": [{"targetGroupArn": "tg-web", "containerName": "app", "containerPort": 80,
                             "advancedConfiguration": {"alternateTargetGroupArn": "tg-green"}}],
          "deploymentConfiguration": {"maximumPercent": 200, "strategy": "BLUE_GREEN", "lifecycleHooks": []}
        }""";

    JsonImport<Service> imported = EcsJson.readService("s.json", json);

    assertThat(imported.warnings()).extracting(p -> p.path().toString()).containsExactly(
        "clientToken", "serviceRegistries");
    assertThat(imported.warnings()).as("Service Connect is simulated").noneMatch(p -> p.rule()
        .equals(JsonRules.NOT_YET_SIMULATED));
    assertThat(imported.value().serviceConnectConfiguration().orElseThrow().namespace()).contains("shop");
    assertThat(imported.value().loadBalancers()).singleElement().satisfies(lb -> {
      assertThat(lb.targetGroupArn()).contains("tg-web");
      assertThat(lb.advancedConfiguration().orElseThrow().alternateTargetGroupArn()).contains("tg-green");
    });
    assertThat(imported.value().deploymentConfiguration().orElseThrow().maximumPercent()).contains(200);
    assertThat(imported.value().deploymentConfiguration().orElseThrow().strategy())
        .contains(dev.ecsdsl.model.DeploymentStrategy.BLUE_GREEN);
  }

  @Test
  void anEcsVolumeKindTheModelLacksIsDroppedButTheModelOnlyKindsAreRead() {
    String json = """
        {"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx"}],
         "volumes": [
           {"name": "files", "s3filesVolumeConfiguration": {"fileSystemArn": "arn:aws:s3files:eu-west-1:1:fs/x"}},
           {"name": "bucket", "s3VolumeConfiguration": {"bucketName": "my-bucket"}},
           {"name": "lustre", "fsxLustreVolumeConfiguration": {"fileSystemId": "fs-0123"}}
         ]}""";

    JsonImport<TaskDefinition> imported = EcsJson.readTaskDefinition("v.json", json);

    assertThat(imported.warnings()).singleElement().satisfies(p -> {
      assertThat(p.path().toString()).isEqualTo("volumes[0] → s3filesVolumeConfiguration");
      assertThat(p.rule()).isEqualTo(JsonRules.UNSUPPORTED_MEMBER);
    });
    assertThat(imported.value().volumes()).extracting(Volume::name).containsExactly("files", "bucket", "lustre");
    assertThat(imported.value().volumes().get(1).s3VolumeConfiguration().orElseThrow().bucketName())
        .isEqualTo("my-bucket");
    assertThat(imported.value().volumes().get(2).fsxLustreVolumeConfiguration().orElseThrow().fileSystemId())
        .isEqualTo("fs-0123");
  }

  @Test
  void emptyUnsupportedMembersAreDroppedSilently() {
    String json = """
        {"family": "web", "inferenceAccelerators": [],
         "containerDefinitions": [{"name": "app", "image": "nginx", "systemControls": [], "credentialSpecs": []}]}""";

    assertThat(EcsJson.readTaskDefinition("e.json", json).warnings()).isEmpty();
  }

  /** Console exports write null for what is not set; the AWS CLI refuses null ("Invalid type for parameter"). */
  @Test
  void nullMembersAreDroppedWithOneWarningPerObject() {
    String json = """
        {"family": "web", "proxyConfiguration": null, "pidMode": null,
         "containerDefinitions": [{"name": "app", "image": "nginx", "memory": null}]}""";

    List<Problem> warnings = EcsJson.readTaskDefinition("e.json", json).warnings();

    assertThat(warnings).extracting(Problem::rule).containsOnly(JsonRules.NULL_VALUE);
    assertThat(warnings).extracting(p -> p.path().toString()).containsExactly("containerDefinitions[0]", "(root)");
    assertThat(warnings.get(0).message()).startsWith("'memory' is null: the AWS CLI refuses null");
    assertThat(JsonFiles.shown(warnings.get(1))).startsWith("2 members are null (proxyConfiguration, pidMode)")
        .endsWith(JsonFiles.at(json, "\"proxyConfiguration\""));
  }
}
