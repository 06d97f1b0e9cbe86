package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.ApplicationProtocol;
import dev.ecsdsl.model.AvailabilityZoneRebalancing;
import dev.ecsdsl.model.BareMetal;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.EbsVolumeType;
import dev.ecsdsl.model.ManagedInstancesProvider;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.TaskFilesystemType;
import dev.ecsdsl.model.TaskVolumeConfiguration;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ValidationResult;
import dev.ecsdsl.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * ECS's own Service Connect tutorial files ("Tutorial: Using Service Connect in Fargate with the AWS CLI",
 * create-service-connect.md, blocks 6 and 8; read from {@code ../shared/corpus/wild-ecs-json/files/}, skipped when
 * absent) and our EBS and Managed Instances files written as the developer guide shows them ("Use Amazon EBS volumes
 * with Amazon ECS", "Amazon ECS Managed Instances") import into the model with only the note that they are not yet
 * simulated, survive export and re-import, and validate.
 */
class Issue20FilesTest {
  private static final String TUTORIAL = "awsdocs__amazon-ecs-developer-guide__doc_source_create-service-connect.md";

  private static String resource(String name) {
    return JsonFiles.text("issue20/" + name);
  }

  private static Optional<Path> corpusFile(String name) {
    return Stream.of(Path.of("..", "..", "shared", "corpus", "wild-ecs-json", "files", name),
            Path.of("..", "shared", "corpus", "wild-ecs-json", "files", name))
        .map(p -> p.toAbsolutePath().normalize()).filter(Files::isRegularFile).findFirst();
  }

  private static String corpusText(String name) {
    Optional<Path> file = corpusFile(name);
    Assumptions.assumeTrue(file.isPresent(), "the corpus ../shared/corpus/wild-ecs-json is not beside this checkout");
    try {
      return Files.readString(file.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(ValidationResult result) {
    return result.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
  }

  @Test
  void theServiceConnectTutorialTaskDefinitionImportsWithItsNamedHttpPort() {
    JsonImport<TaskDefinition> imported = EcsJson.readTaskDefinition("block6.json", corpusText(TUTORIAL + ".block6.json"));

    assertThat(imported.warnings()).isEmpty();
    PortMapping nginx = imported.value().container("webserver").orElseThrow().portMappings().get(0);
    assertThat(nginx.name()).contains("nginx");
    assertThat(nginx.appProtocol()).contains(ApplicationProtocol.HTTP);
    assertThat(errors(Validator.validate(imported.value()))).isEmpty();
    assertThat(EcsJson.readTaskDefinition("again.json", EcsJson.writeTaskDefinition(imported.value())).value())
        .isEqualTo(imported.value());
  }

  @Test
  void theServiceConnectTutorialServiceImportsItsConfigurationWithoutWarningsNowThatItIsSimulated() {
    JsonImport<Service> imported = EcsJson.readService("block8.json", corpusText(TUTORIAL + ".block8.json"));

    assertThat(imported.warnings()).isEmpty();
    ServiceConnectConfiguration sc = imported.value().serviceConnectConfiguration().orElseThrow();
    assertThat(sc.enabled()).isTrue();
    assertThat(sc.namespace()).as("the tutorial's cluster supplies the namespace").isEmpty();
    assertThat(sc.services()).singleElement().satisfies(s -> {
      assertThat(s.portName()).isEqualTo("nginx");
      assertThat(s.clientAliases()).singleElement().satisfies(a -> assertThat(a.port()).isEqualTo(80));
    });
    assertThat(sc.logConfiguration().orElseThrow().options()).containsEntry("awslogs-stream-prefix",
        "service-connect-proxy");
    assertThat(errors(Validator.validate(imported.value()))).isEmpty();
    assertThat(EcsJson.readService("again.json", EcsJson.writeService(imported.value())).value())
        .isEqualTo(imported.value());
  }

  @Test
  void theTutorialServiceWithItsTaskDefinitionBreaksNoServiceConnectRule() {
    TaskDefinition td = EcsJson.readTaskDefinition("block6.json", corpusText(TUTORIAL + ".block6.json")).value();
    Service service = EcsJson.readService("block8.json", corpusText(TUTORIAL + ".block8.json")).value();

    // The port name nginx exists in the task definition; the pair's Fargate compatibility (a task definition
    // without requiresCompatibilities on a FARGATE service) is the validate command's concern, not this one's.
    assertThat(Validator.validate(service, td).problems())
        .noneMatch(p -> p.rule().startsWith("service-connect") || p.rule().startsWith("ebs"));
  }

  @Test
  void theEbsFilesImportValidateAndRoundTrip() {
    JsonImport<TaskDefinition> td = EcsJson.readTaskDefinition("ebs-task.json", resource("ebs-task.json"));
    JsonImport<Service> service = EcsJson.readService("ebs-service.json", resource("ebs-service.json"));

    assertThat(td.warnings()).singleElement().satisfies(w -> {
      assertThat(w.rule()).isEqualTo(JsonRules.NOT_YET_SIMULATED);
      assertThat(w.message()).contains("volumes[].configuredAtLaunch");
    });
    assertThat(service.warnings()).singleElement().satisfies(w -> assertThat(w.message())
        .contains("volumeConfigurations"));
    var ebs = service.value().volumeConfigurations().get(0).managedEBSVolume().orElseThrow();
    assertThat(ebs.volumeType()).contains(EbsVolumeType.GP3);
    assertThat(ebs.sizeInGiB()).contains(100);
    assertThat(ebs.filesystemType()).contains(TaskFilesystemType.EXT4);
    assertThat(Validator.validate(service.value(), td.value()).problems()).isEmpty();
    assertThat(EcsJson.readService("again.json", EcsJson.writeService(service.value())).value())
        .isEqualTo(service.value());
  }

  @Test
  void aRunTaskVolumeConfigurationReadsAsAModelValue() {
    TaskVolumeConfiguration volume = EcsJson.readValue(JsonFiles.tree(resource("ebs-run-task-volume.json")),
        TaskVolumeConfiguration.class);

    var ebs = volume.managedEBSVolume().orElseThrow();
    assertThat(ebs.terminationPolicy().orElseThrow().deleteOnTermination()).isFalse();
    assertThat(ebs.tagSpecifications()).singleElement().satisfies(t -> assertThat(t.tags()).hasSize(1));
    assertThat(ebs.iops()).contains(2000);
  }

  @Test
  void theManagedInstancesFilesImportAndValidate() {
    JsonImport<TaskDefinition> td = EcsJson.readTaskDefinition("mi-task.json", resource("managed-instances-task.json"));
    JsonImport<Service> service = EcsJson.readService("mi-service.json", resource("managed-instances-service.json"));
    ManagedInstancesProvider provider = EcsJson.readValue(
        JsonFiles.tree(resource("managed-instances-provider.json")), ManagedInstancesProvider.class);

    assertThat(td.value().requiresCompatibilities()).containsExactly(Compatibility.MANAGED_INSTANCES);
    assertThat(td.warnings()).as("Managed Instances are simulated: no json-not-yet-simulated warning").isEmpty();
    assertThat(service.value().availabilityZoneRebalancing()).contains(AvailabilityZoneRebalancing.ENABLED);
    assertThat(service.warnings()).singleElement().satisfies(w -> assertThat(w.message())
        .contains("availabilityZoneRebalancing"));
    assertThat(provider.instanceLaunchTemplate().orElseThrow().instanceRequirements().orElseThrow()
        .burstablePerformance()).contains(BareMetal.EXCLUDED);
    assertThat(errors(Validator.validate(service.value(), td.value()))).isEmpty();
  }
}
