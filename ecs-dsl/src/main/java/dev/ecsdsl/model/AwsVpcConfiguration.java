package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Subnets and security groups of awsvpc tasks. ECS API: {@code AwsVpcConfiguration}. */
@Value.Immutable
@JsonSerialize(as = ImmutableAwsVpcConfiguration.class)
@JsonDeserialize(as = ImmutableAwsVpcConfiguration.class)
public interface AwsVpcConfiguration {
  /** {@return the subnet ids (up to 16)} */
  List<String> subnets();

  /** {@return the security group ids or names (up to 5)} */
  List<String> securityGroups();

  /** {@return {@code ENABLED} or {@code DISABLED} (default)} */
  Optional<String> assignPublicIp();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link AwsVpcConfiguration}. */
  class Builder extends ImmutableAwsVpcConfiguration.Builder {}
}
