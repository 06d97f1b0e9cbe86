package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A security group: stateful inbound rules; all outbound traffic is allowed (AWS's default). */
@Value.Immutable
public interface SecurityGroup {
  /** {@return the group id, e.g. {@code sg-web}; references may use the id or the name} */
  String groupId();

  /** {@return the group name; the id when unset} */
  Optional<String> groupName();

  /** {@return the inbound rules} */
  List<IngressRule> ingress();

  /** {@return the name, or the id when no name is set} */
  default String nameOrId() {
    return groupName().orElse(groupId());
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link SecurityGroup}. */
  class Builder extends ImmutableSecurityGroup.Builder {}
}
