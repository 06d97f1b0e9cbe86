package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitionQuery;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitionRevision;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitionStatus;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.DaemonTaskDefinition;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.validation.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ECS Managed Daemons' daemon task definitions on the Java API (API reference, RegisterDaemonTaskDefinition,
 * DescribeDaemonTaskDefinition, ListDaemonTaskDefinitions, DeleteDaemonTaskDefinition).
 */
class DaemonTaskDefinitionsTest {

  private static DaemonTaskDefinition agent(String image, int memory) {
    return DaemonTaskDefinition.builder().family("log-agent").addContainerDefinition(ContainerDefinition.builder()
        .name("agent").image(image).memory(memory).build()).build();
  }

  private static InMemoryEcs deployed() {
    InMemoryEcs ecs = InMemoryEcs.create(5);
    ecs.deploy(Ecs.environment("daemons").daemonTaskDefinition(agent("fluent-bit:1", 64)).build());
    return ecs;
  }

  @Test
  void theDescriptionsDefinitionsAreRevisionOneAndEachRegistrationTheNext() {
    try (InMemoryEcs ecs = deployed()) {
      DaemonTaskDefinitionRevision first = ecs.daemons().describeDaemonTaskDefinition("log-agent");
      assertThat(first.revision()).isEqualTo(1);
      assertThat(first.daemonTaskDefinitionArn())
          .isEqualTo("arn:aws:ecs:us-east-1:123456789012:daemon-task-definition/log-agent:1");

      DaemonTaskDefinitionRevision second = ecs.daemons().registerDaemonTaskDefinition(agent("fluent-bit:2", 64));

      assertThat(second.revision()).isEqualTo(2);
      assertThat(ecs.daemons().describeDaemonTaskDefinition("log-agent")).isEqualTo(second);
      assertThat(ecs.daemons().describeDaemonTaskDefinition(first.daemonTaskDefinitionArn())).isEqualTo(first);
    }
  }

  /** A definition that is not a valid task definition registers nothing. */
  @Test
  void aBadDefinitionChangesNothing() {
    try (InMemoryEcs ecs = deployed()) {
      assertThatThrownBy(() -> ecs.daemons().registerDaemonTaskDefinition(DaemonTaskDefinition.builder()
          .from(agent("fluent-bit:2", 64)).family("log.agent").build()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("family-name-format");
      assertThatThrownBy(() -> ecs.daemons().registerDaemonTaskDefinition(DaemonTaskDefinition.builder()
          .from(agent("fluent-bit:2", 64)).addContainerDefinition(ContainerDefinition.builder().name("agent")
              .image("sidecar:1").memory(32).build()).build()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("container-name-unique");
      assertThat(ecs.daemons().listDaemonTaskDefinitions(DaemonTaskDefinitionQuery.active()))
          .extracting(DaemonTaskDefinitionRevision::revision).containsExactly(1);
    }
  }

  /** DeleteDaemonTaskDefinition: "A daemon task definition must be in an ACTIVE state to be deleted." */
  @Test
  void onlyAnActiveRevisionIsDeleted() {
    try (InMemoryEcs ecs = deployed()) {
      DaemonTaskDefinitionRevision deleted = ecs.daemons().deleteDaemonTaskDefinition("log-agent:1");

      assertThat(deleted.status()).isEqualTo(DaemonTaskDefinitionStatus.DELETE_IN_PROGRESS);
      assertThat(deleted.deleteRequestedAt()).isPresent();
      assertThatThrownBy(() -> ecs.daemons().deleteDaemonTaskDefinition("log-agent:1"))
          .isInstanceOf(EcsException.class).hasMessageContaining("must be ACTIVE to be deleted");
      assertThatThrownBy(() -> ecs.daemons().describeDaemonTaskDefinition("log-agent"))
          .as("no ACTIVE revision left").isInstanceOf(EcsException.class);
      assertThat(ecs.daemons().listDaemonTaskDefinitions(new DaemonTaskDefinitionQuery(Optional.empty(),
          Optional.empty(), Optional.empty(), false, false))).containsExactly(deleted);
    }
  }
}
