package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * TLS between Service Connect proxies. ECS API: {@code ServiceConnectTlsConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceConnectTlsConfiguration.class)
@JsonDeserialize(as = ImmutableServiceConnectTlsConfiguration.class)
public interface ServiceConnectTlsConfiguration {
  /** {@return the AWS Private CA that signs the certificates} */
  ServiceConnectTlsCertificateAuthority issuerCertificateAuthority();

  /** {@return the AWS KMS key that encrypts the certificates' private keys} */
  Optional<String> kmsKey();

  /** {@return the infrastructure role ECS uses to issue certificates} */
  Optional<String> roleArn();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceConnectTlsConfiguration}. */
  class Builder extends ImmutableServiceConnectTlsConfiguration.Builder {}
}
