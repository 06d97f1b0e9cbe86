package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.HostVolumeProperties;
import dev.ecsdsl.model.ImmutableService;
import dev.ecsdsl.model.KeyValuePair;
import dev.ecsdsl.model.LinuxParameters;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.S3VolumeConfiguration;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceAutoScaling;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Volume;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writer puts in, leaves out and how it formats. */
class WriterTest {

  private static TaskDefinition small() {
    return TaskDefinition.builder()
        .family("web")
        .networkMode(NetworkMode.AWSVPC)
        .addRequiresCompatibilities(Compatibility.FARGATE)
        .addContainerDefinitions(ContainerDefinition.builder()
            .name("app")
            .image("nginx:1.27")
            .addPortMappings(PortMapping.of(80))
            .addEnvironment(KeyValuePair.of("EMPTY", ""), KeyValuePair.of("GRÜSSE", "grüß dich 👋 \"quoted\""))
            .healthCheck(HealthCheck.shell("curl -f http://localhost/ || exit 1"))
            .linuxParameters(LinuxParameters.builder().build())
            .build())
        .addVolumes(Volume.builder().name("scratch").host(HostVolumeProperties.builder().build()).build())
        .build();
  }

  @Test
  void writesTwoSpaceIndentedJsonInTheRegisterTaskDefinitionShape() {
    String json = EcsJson.writeTaskDefinition(small());

    assertThat(json).startsWith("{\n  \"family\": \"web\",\n  \"networkMode\": \"awsvpc\",\n  \"containerDefinitions\": [\n    {\n");
    assertThat(json).doesNotContain(" : ").doesNotEndWith("\n");
    assertThat(json).contains("\"requiresCompatibilities\": [\n    \"FARGATE\"\n  ]");
  }

  @Test
  void leavesOutAbsentOptionalsAndEmptyCollectionsButKeepsEmptyStringsAndEmptyObjects() {
    String json = EcsJson.writeTaskDefinition(small());
    JsonNode app = JsonFiles.tree(json).get("containerDefinitions").get(0);

    List<String> names = new ArrayList<>();
    app.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("name", "image", "portMappings", "environment", "linuxParameters", "healthCheck");
    assertThat(app.get("portMappings").get(0).toString()).isEqualTo("{\"containerPort\":80}");
    assertThat(app.get("environment").get(0).get("value").asText()).isEmpty();
    assertThat(app.get("linuxParameters").isEmpty()).isTrue();
    assertThat(json).contains("\"linuxParameters\": {}", "\"host\": {}");
    assertThat(JsonFiles.tree(json).has("placementConstraints")).isFalse();
    assertThat(JsonFiles.tree(json).has("tags")).isFalse();
  }

  @Test
  void neverWritesTheModelsHelperMethods() {
    String json = EcsJson.writeTaskDefinition(small());

    assertThat(json).doesNotContain("OrDefault", "cpuUnits", "memoryMiB", "reservedMemory", "essentialOrDefault",
        "\"protocol\"", "\"interval\"", "\"essential\"");
  }

  @Test
  void writesUnicodeAsItIsAndEscapesOnlyWhatJsonNeeds() {
    String json = EcsJson.writeTaskDefinition(small());

    assertThat(json).contains("\"GRÜSSE\"", "grüß dich 👋 \\\"quoted\\\"");
    TaskDefinition back = EcsJson.readTaskDefinition("w.json", json).value();
    assertThat(back).isEqualTo(small());
  }

  @Test
  void spellsEnumsTheEcsWay() {
    Service service = Service.builder()
        .serviceName("web")
        .taskDefinition("web:1")
        .addPlacementStrategy(PlacementStrategy.binpack("memory"), PlacementStrategy.random())
        .addPlacementConstraints(PlacementConstraint.distinctInstance())
        .build();

    String json = EcsJson.writeService(service);

    assertThat(json).contains("\"type\": \"binpack\"", "\"type\": \"random\"", "\"type\": \"distinctInstance\"");
    assertThat(json).doesNotContain("BINPACK", "DISTINCT_INSTANCE", "\"field\": null");
  }

  @Test
  void serviceAutoScalingIsNotWritten() {
    Service service = Service.builder()
        .serviceName("web")
        .taskDefinition("web:1")
        .desiredCount(2)
        .autoScaling(ServiceAutoScaling.builder().minCapacity(1).maxCapacity(4).build())
        .build();

    String json = EcsJson.writeService(service);

    assertThat(json).doesNotContain("autoScaling", "minCapacity");
    Service back = EcsJson.readService("s.json", json).value();
    assertThat(back.autoScaling()).isEmpty();
    assertThat(ImmutableService.copyOf(back).withAutoScaling(service.autoScaling())).isEqualTo(service);
  }

  @Test
  void theModelOnlyVolumeKindsAreWrittenAndReadLikeTheRest() {
    TaskDefinition td = TaskDefinition.builder()
        .family("web")
        .addVolumes(Volume.builder().name("bucket")
            .s3VolumeConfiguration(S3VolumeConfiguration.builder().bucketName("assets").build()).build())
        .build();

    String json = EcsJson.writeTaskDefinition(td);

    assertThat(json).contains("\"s3VolumeConfiguration\": {\n        \"bucketName\": \"assets\"\n      }");
    assertThat(EcsJson.readTaskDefinition("v.json", json).value()).isEqualTo(td);
  }
}
