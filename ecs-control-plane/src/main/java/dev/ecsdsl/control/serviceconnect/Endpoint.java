package dev.ecsdsl.control.serviceconnect;

import dev.ecsdsl.control.services.ServiceRecord;
import dev.ecsdsl.model.ServiceConnectService;
import java.util.Objects;

/**
 * One endpoint of a client-server service in a namespace: a {@code services[]} entry of its Service Connect
 * configuration, reached by its client alias.
 *
 * @param namespace the Cloud Map namespace's name
 * @param service the service that offers it
 * @param configuration the {@code services[]} entry (port name, discovery name, alias, timeouts, TLS)
 */
public record Endpoint(String namespace, ServiceRecord service, ServiceConnectService configuration) {
  /**
   * Checks the components.
   *
   * @param namespace not null
   * @param service not null
   * @param configuration not null
   */
  public Endpoint {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(configuration, "configuration");
  }

  /** {@return the Cloud Map service's name: {@code discoveryName}, else the port name} */
  public String discoveryName() {
    return configuration.discoveryNameOrPortName();
  }

  /**
   * Whether a client reaches this endpoint at {@code host:port}: the client alias's {@code dnsName} (default
   * {@code discoveryName.namespace}) and port, or, without a {@code dnsName}, the short name {@code discoveryName}
   * ("Tasks that run in a namespace can use short names to connect to services in the namespace", API reference,
   * ServiceConnectClientAlias). Names compare without regard to case, as DNS names do.
   *
   * @param host the host the client called
   * @param port the port it called
   * @return true when an alias matches
   */
  public boolean answers(String host, int port) {
    return configuration.clientAliases().stream().anyMatch(alias -> alias.port() == port
        && alias.dnsName().map(host::equalsIgnoreCase).orElseGet(() -> host.equalsIgnoreCase(discoveryName())
            || host.equalsIgnoreCase(discoveryName() + "." + namespace)));
  }

  /** {@return a key naming the endpoint: {@code namespace/discoveryName}} */
  String key() {
    return namespace + "/" + discoveryName();
  }
}
