package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The certificate authority of Service Connect TLS. ECS API: {@code ServiceConnectTlsCertificateAuthority}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceConnectTlsCertificateAuthority.class)
@JsonDeserialize(as = ImmutableServiceConnectTlsCertificateAuthority.class)
public interface ServiceConnectTlsCertificateAuthority {
  /** {@return the ARN of the AWS Private Certificate Authority} */
  Optional<String> awsPcaAuthorityArn();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceConnectTlsCertificateAuthority}. */
  class Builder extends ImmutableServiceConnectTlsCertificateAuthority.Builder {}
}
