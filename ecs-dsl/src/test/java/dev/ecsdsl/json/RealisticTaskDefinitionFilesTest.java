package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.ContainerCondition;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.ContainerDependency;
import dev.ecsdsl.model.CpuArchitecture;
import dev.ecsdsl.model.KeyValuePair;
import dev.ecsdsl.model.MountPoint;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.OsFamily;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.Secret;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.TransportProtocol;
import dev.ecsdsl.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Task definitions written the way AWS users write them import into the right model fields, and come back
 * out as the same JSON.
 */
class RealisticTaskDefinitionFilesTest {

  private static TaskDefinition read(String file) {
    JsonImport<TaskDefinition> imported = EcsJson.readTaskDefinition(JsonFiles.path(file));
    assertThat(imported.warnings()).as("warnings of " + file).isEmpty();
    return imported.value();
  }

  private static ContainerDefinition container(TaskDefinition td, String name) {
    return td.container(name).orElseThrow(() -> new AssertionError("no container " + name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fargate-web.json", "ec2-bridge-dynamic.json", "sidecar-dependson.json"})
  void readWriteReadGivesAnEqualModel(String file) {
    TaskDefinition first = read(file);

    JsonImport<TaskDefinition> again = EcsJson.readTaskDefinition(file, EcsJson.writeTaskDefinition(first));

    assertThat(again.value()).isEqualTo(first);
    assertThat(again.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fargate-web.json", "ec2-bridge-dynamic.json", "sidecar-dependson.json"})
  void writtenJsonIsTheOriginalFileAsJson(String file) {
    String written = EcsJson.writeTaskDefinition(read(file));

    assertThat(JsonFiles.tree(written)).isEqualTo(JsonFiles.tree(JsonFiles.text(file)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fargate-web.json", "ec2-bridge-dynamic.json", "sidecar-dependson.json"})
  void isDetectedAsATaskDefinition(String file) {
    assertThat(EcsJson.detect(JsonFiles.text(file))).isEqualTo(EcsJson.Kind.TASK_DEFINITION);
    assertThat(EcsJson.detect(JsonFiles.path(file))).isEqualTo(EcsJson.Kind.TASK_DEFINITION);
  }

  @Test
  void fargateWebAppLandsInTheTaskDefinitionFields() {
    TaskDefinition td = read("fargate-web.json");

    assertThat(td.family()).isEqualTo("orders-web");
    assertThat(td.taskRoleArn()).contains("arn:aws:iam::123456789012:role/orders-web-task");
    assertThat(td.executionRoleArn()).contains("arn:aws:iam::123456789012:role/ecsTaskExecutionRole");
    assertThat(td.networkMode()).contains(NetworkMode.AWSVPC);
    assertThat(td.requiresCompatibilities()).containsExactly(Compatibility.FARGATE);
    assertThat(td.cpu()).contains("512");
    assertThat(td.memory()).contains("1024");
    assertThat(td.cpuUnits()).contains(512);
    assertThat(td.memoryMiB()).contains(1024);
    assertThat(td.runtimePlatform().orElseThrow().cpuArchitecture()).contains(CpuArchitecture.ARM64);
    assertThat(td.runtimePlatform().orElseThrow().operatingSystemFamily()).contains(OsFamily.LINUX);
    assertThat(td.ephemeralStorage().orElseThrow().sizeInGiB()).isEqualTo(30);
    assertThat(td.tags()).containsExactly(Tag.of("team", "orders"), Tag.of("cost-center", "4711"));
    assertThat(td.volumes()).isEmpty();
    assertThat(td.pidMode()).isEmpty();
  }

  @Test
  void fargateWebAppLandsInTheContainerFields() {
    ContainerDefinition web = container(read("fargate-web.json"), "web");

    assertThat(web.image()).isEqualTo("123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-web:1.42.0");
    assertThat(web.cpu()).contains(512);
    assertThat(web.memory()).contains(1024);
    assertThat(web.memoryReservation()).contains(768);
    assertThat(web.essential()).contains(true);
    assertThat(web.readonlyRootFilesystem()).contains(true);
    assertThat(web.portMappings()).containsExactly(PortMapping.builder().containerPort(8080).hostPort(8080)
        .protocol(TransportProtocol.TCP).name("web-8080-tcp").appProtocol(dev.ecsdsl.model.ApplicationProtocol.HTTP).build());
    assertThat(web.environment()).containsExactly(
        KeyValuePair.of("SPRING_PROFILES_ACTIVE", "prod"),
        KeyValuePair.of("SERVER_PORT", "8080"),
        KeyValuePair.of("FEATURE_FLAGS", ""));
    assertThat(web.secrets()).containsExactly(
        Secret.of("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/db-password-AbCdEf"),
        Secret.of("STRIPE_API_KEY", "arn:aws:ssm:eu-west-1:123456789012:parameter/orders/stripe-api-key"));
    assertThat(web.ulimits()).singleElement().satisfies(u -> {
      assertThat(u.name()).isEqualTo("nofile");
      assertThat(u.softLimit()).isEqualTo(65536);
      assertThat(u.hardLimit()).isEqualTo(65536);
    });
    assertThat(web.logConfiguration().orElseThrow().logDriver()).isEqualTo("awslogs");
    assertThat(web.logConfiguration().orElseThrow().options()).containsEntry("awslogs-group", "/ecs/orders-web")
        .containsEntry("awslogs-create-group", "true").hasSize(4);
    assertThat(web.healthCheck().orElseThrow().command())
        .containsExactly("CMD-SHELL", "curl -f http://localhost:8080/actuator/health || exit 1");
    assertThat(web.healthCheck().orElseThrow().interval()).contains(30);
    assertThat(web.healthCheck().orElseThrow().timeout()).contains(5);
    assertThat(web.healthCheck().orElseThrow().retries()).contains(3);
    assertThat(web.healthCheck().orElseThrow().startPeriod()).contains(60);
    assertThat(web.links()).isEmpty();
    assertThat(web.hostname()).isEmpty();
  }

  @Test
  void ec2BridgeTaskWithDynamicHostPortsLandsInTheRightFields() {
    TaskDefinition td = read("ec2-bridge-dynamic.json");

    assertThat(td.networkMode()).contains(NetworkMode.BRIDGE);
    assertThat(td.requiresCompatibilities()).containsExactly(Compatibility.EC2);
    assertThat(td.cpu()).isEmpty();
    assertThat(td.memory()).isEmpty();
    assertThat(td.placementConstraints())
        .containsExactly(PlacementConstraint.memberOf("attribute:ecs.instance-type =~ t3.*"));

    ContainerDefinition api = container(td, "api");
    assertThat(api.portMappings()).containsExactly(
        PortMapping.builder().containerPort(3000).hostPort(0).protocol(TransportProtocol.TCP).build());
    assertThat(api.memory()).isEmpty();
    assertThat(api.memoryReservation()).contains(384);
    assertThat(api.reservedMemory()).isEqualTo(384);
    assertThat(api.links()).containsExactly("redis");
    assertThat(api.command()).containsExactly("node", "dist/server.js");
    assertThat(api.linuxParameters().orElseThrow().initProcessEnabled()).contains(true);
    assertThat(api.stopTimeout()).contains(30);
    assertThat(api.dockerLabels()).isEqualTo(Map.of("com.example.team", "catalog"));
    assertThat(api.mountPoints()).containsExactly(MountPoint.of("uploads", "/var/lib/catalog/uploads", false));

    ContainerDefinition redis = container(td, "redis");
    assertThat(redis.essential()).contains(false);
    assertThat(redis.isEssentialOrDefault()).isFalse();
    assertThat(redis.portMappings()).singleElement().satisfies(p -> {
      assertThat(p.containerPort()).contains(6379);
      assertThat(p.hostPort()).isEmpty();
    });
    assertThat(redis.memory()).contains(256);
    assertThat(redis.memoryReservation()).contains(128);
    assertThat(redis.mountPoints()).singleElement().satisfies(m -> assertThat(m.readOnly()).isEmpty());

    assertThat(td.volumes()).extracting(Volume::name).containsExactly("uploads", "redis-data");
    assertThat(td.volumes().get(0).host().orElseThrow().sourcePath()).contains("/mnt/catalog/uploads");
    assertThat(td.volumes().get(1).dockerVolumeConfiguration().orElseThrow().scope()).contains("task");
    assertThat(td.volumes().get(1).dockerVolumeConfiguration().orElseThrow().driver()).contains("local");
    assertThat(td.volumes().get(1).dockerVolumeConfiguration().orElseThrow().labels()).containsEntry("app", "catalog");
  }

  @Test
  void sidecarsAndInitContainerLandInTheRightFields() {
    TaskDefinition td = read("sidecar-dependson.json");

    assertThat(td.containerDefinitions()).extracting(ContainerDefinition::name)
        .containsExactly("config-init", "envoy", "app", "metrics-agent");

    ContainerDefinition init = container(td, "config-init");
    assertThat(init.essential()).contains(false);
    assertThat(init.entryPoint()).containsExactly("sh", "-c");
    assertThat(init.mountPoints()).singleElement().satisfies(m -> {
      assertThat(m.sourceVolume()).contains("shared-config");
      assertThat(m.readOnly()).isEmpty();
    });

    ContainerDefinition envoy = container(td, "envoy");
    assertThat(envoy.user()).contains("1337");
    assertThat(envoy.healthCheck().orElseThrow().interval()).contains(5);

    ContainerDefinition app = container(td, "app");
    assertThat(app.dependsOn()).containsExactly(
        ContainerDependency.of("config-init", ContainerCondition.SUCCESS),
        ContainerDependency.of("envoy", ContainerCondition.HEALTHY));
    assertThat(app.startTimeout()).contains(120);
    assertThat(app.mountPoints()).containsExactly(MountPoint.of("shared-config", "/config", true));
    assertThat(app.environment()).contains(KeyValuePair.of("HTTP_PROXY", ""));
    assertThat(app.healthCheck().orElseThrow().timeout()).as("left out in the file").isEmpty();
    assertThat(app.healthCheck().orElseThrow().timeoutOrDefault()).isEqualTo(5);

    assertThat(container(td, "metrics-agent").dependsOn())
        .containsExactly(ContainerDependency.of("app", ContainerCondition.START));
    assertThat(container(td, "metrics-agent").secrets())
        .containsExactly(Secret.of("CW_CONFIG_CONTENT", "payments-cwagent-config"));

    assertThat(td.volumes()).containsExactly(Volume.builder().name("shared-config").build());
  }

  @Test
  void writtenMembersFollowEcsDocumentedOrder() {
    JsonNode written = JsonFiles.tree(EcsJson.writeTaskDefinition(read("fargate-web.json")));

    List<String> names = new ArrayList<>();
    written.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("family", "taskRoleArn", "executionRoleArn", "networkMode",
        "containerDefinitions", "requiresCompatibilities", "cpu", "memory", "tags", "ephemeralStorage",
        "runtimePlatform");

    List<String> containerNames = new ArrayList<>();
    written.get("containerDefinitions").get(0).fieldNames().forEachRemaining(containerNames::add);
    assertThat(containerNames).containsExactly("name", "image", "cpu", "memory", "memoryReservation",
        "portMappings", "essential", "environment", "secrets", "readonlyRootFilesystem", "ulimits",
        "logConfiguration", "healthCheck");
  }

  @Test
  void aFileAlreadyInCanonicalFormIsWrittenBackByteForByte() {
    String text = JsonFiles.text("sidecar-dependson.json");

    assertThat(EcsJson.writeTaskDefinition(read("sidecar-dependson.json"))).isEqualTo(text.strip());
  }

  @Test
  void emptyEnvironmentValueSurvivesWriting() {
    String written = EcsJson.writeTaskDefinition(read("fargate-web.json"));

    assertThat(written).contains("\"name\": \"FEATURE_FLAGS\",\n          \"value\": \"\"");
  }
}
