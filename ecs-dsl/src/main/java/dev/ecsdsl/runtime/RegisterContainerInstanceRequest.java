package dev.ecsdsl.runtime;

import dev.ecsdsl.model.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of RegisterContainerInstance, as the ECS container agent sends it when an EC2 instance joins a
 * cluster. ECS API: {@code RegisterContainerInstanceRequest}.
 *
 * <p>The instance identity document (what {@code http://169.254.169.254/latest/dynamic/instance-identity/document}
 * returns on the instance) says which instance it is: its {@code instanceId}, {@code instanceType},
 * {@code availabilityZone}, {@code region}, {@code imageId} and {@code architecture}.
 */
@Value.Immutable
public interface RegisterContainerInstanceRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the instance identity document, JSON} */
  String instanceIdentityDocument();

  /** {@return the document's signature (accepted as given: there is no EC2 here to verify it against)} */
  Optional<String> instanceIdentityDocumentSignature();

  /**
   * {@return the resources the agent found (CPU units, memory in MiB, reserved TCP and UDP ports); when absent,
   * those of the document's instance type, as the agent would find them; the ENIs are always the type's}
   */
  Optional<ContainerInstance.Resources> totalResources();

  /** {@return the version of the container agent} */
  Optional<String> agentVersion();

  /** {@return the ARN of the container instance when the agent registers again with the ARN it was given} */
  Optional<String> containerInstanceArn();

  /**
   * {@return the attributes the agent registers with, by name: its capabilities (names beginning {@code ecs.} or
   * {@code com.amazonaws.ecs.}, e.g. {@code ecs.capability.task-eni}) and custom ones (its
   * {@code ECS_INSTANCE_ATTRIBUTES}, at most 10)}
   */
  Map<String, String> attributes();

  /** {@return the container instance's tags} */
  List<Tag> tags();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RegisterContainerInstanceRequest}. */
  class Builder extends ImmutableRegisterContainerInstanceRequest.Builder {}
}
