package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of ECS members agrees with the model: every type the JSON reaches is described, every model
 * member is an ECS member (or one of the two deliberate non-ECS volume kinds), and the ECS members the model
 * does not hold, those dropped with a warning on import, are exactly the documented list below.
 */
class EcsMembersTest {

  private static Set<Shape.Struct> reachable() {
    Set<Shape.Struct> out = new LinkedHashSet<>();
    collect(ModelShapes.of(TaskDefinition.class), out);
    collect(ModelShapes.of(Service.class), out);
    return out;
  }

  private static void collect(Shape shape, Set<Shape.Struct> out) {
    if (shape instanceof Shape.Struct s) {
      if (out.add(s)) {
        s.members().values().forEach(m -> collect(m.shape(), out));
      }
    } else if (shape instanceof Shape.ListOf l) {
      collect(l.element(), out);
    } else if (shape instanceof Shape.MapOf m) {
      collect(m.value(), out);
    }
  }

  @Test
  void everyTypeTheJsonReachesIsInTheCatalogue() {
    assertThat(reachable()).allSatisfy(s -> assertThat(EcsMembers.knows(s.type())).as(s.type().getName()).isTrue());
  }

  @Test
  void everyModelMemberIsAnEcsMemberOrADeliberateModelOnlyMember() {
    for (Shape.Struct s : reachable()) {
      List<String> known = s.ecs().writeOrder();
      assertThat(known).as("members of " + s.type().getSimpleName()).containsAll(s.members().keySet());
    }
  }

  @Test
  void theOnlyModelOnlyMembersAreTheTwoVolumeKindsEcsLacks() {
    Map<String, List<String>> modelOnly = new TreeMap<>();
    for (Shape.Struct s : reachable()) {
      List<String> names = new ArrayList<>(s.members().keySet());
      names.removeAll(s.ecs().ecsMembers());
      if (!names.isEmpty() && !s.ecs().ecsMembers().isEmpty()) {
        modelOnly.put(s.ecs().ecsName(), names);
      }
    }
    assertThat(modelOnly).isEqualTo(Map.of("Volume", List.of("s3VolumeConfiguration", "fsxLustreVolumeConfiguration")));
  }

  @Test
  void theEcsMembersDroppedWithAWarningAreExactlyThese() {
    Map<String, List<String>> unsupported = new TreeMap<>();
    for (Shape.Struct s : reachable()) {
      List<String> names = new ArrayList<>(s.ecs().ecsMembers());
      names.removeAll(s.members().keySet());
      if (!names.isEmpty()) {
        unsupported.put(s.ecs().ecsName(), names);
      }
    }

    assertThat(unsupported).isEqualTo(Map.of(
        "RegisterTaskDefinition input", List.of("proxyConfiguration", "inferenceAccelerators", "enableFaultInjection"),
        "ContainerDefinition", List.of("versionConsistency", "dnsSearchDomains", "extraHosts",
            "dockerSecurityOptions", "systemControls", "resourceRequirements", "credentialSpecs"),
        "LinuxParameters", List.of("devices", "tmpfs", "maxSwap", "swappiness"),
        "Volume", List.of("s3filesVolumeConfiguration"),
        "CreateService input", List.of("serviceRegistries", "clientToken", "vpcLatticeConfigurations")));
  }

  @Test
  void readOnlyMembersAreNeverAlsoWritableMembers() {
    for (Shape.Struct s : reachable()) {
      Set<String> clash = new LinkedHashSet<>(s.ecs().readOnly());
      clash.retainAll(s.ecs().writeOrder());
      assertThat(clash).as(s.ecs().ecsName()).isEmpty();
    }
  }

  @Test
  void suggestionsAreCaseInsensitiveAndBounded() {
    List<String> names = List.of("portMappings", "memoryReservation", "essential", "memory");

    assertThat(Suggestions.closest("portMapping", names)).contains("portMappings");
    assertThat(Suggestions.closest("memoryReservaton", names)).contains("memoryReservation");
    assertThat(Suggestions.closest("Essential", names)).contains("essential");
    assertThat(Suggestions.closest("memroy", names)).contains("memory");
    assertThat(Suggestions.closest("image", names)).isEmpty();
    assertThat(Suggestions.closest("x", names)).isEmpty();
    assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
  }
}
