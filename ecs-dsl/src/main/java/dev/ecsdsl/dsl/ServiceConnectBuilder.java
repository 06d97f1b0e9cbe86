package dev.ecsdsl.dsl;

import dev.ecsdsl.model.LogConfiguration;
import dev.ecsdsl.model.ServiceConnectClientAlias;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.model.ServiceConnectService;
import dev.ecsdsl.model.TimeoutConfiguration;

/**
 * Describes a service's Service Connect configuration: the namespace it joins (the cluster's default when not
 * given), the endpoints it offers (none for a client-only service) and the proxy's logs. Enabled by default.
 */
public final class ServiceConnectBuilder {
  private final ServiceConnectConfiguration.Builder config = ServiceConnectConfiguration.builder().enabled(true);

  ServiceConnectBuilder() {}

  /**
   * The Cloud Map namespace to join (name or ARN); without it, the cluster's {@code serviceConnectDefaults}.
   *
   * @param namespace the namespace's name or ARN
   * @return this builder
   */
  public ServiceConnectBuilder namespace(String namespace) {
    config.namespace(namespace);
    return this;
  }

  /**
   * Offers a named port of the task definition as {@code dnsName:port} to every task in the namespace.
   *
   * @param portName the {@code name} of a port mapping of the task definition
   * @param dnsName the name clients call, e.g. {@code orders}
   * @param port the port clients call, e.g. {@code 8080}
   * @return this builder
   */
  public ServiceConnectBuilder offer(String portName, String dnsName, int port) {
    config.addService(ServiceConnectService.builder().portName(portName)
        .addClientAlias(ServiceConnectClientAlias.builder().port(port).dnsName(dnsName).build()).build());
    return this;
  }

  /**
   * Offers a named port with its own timeouts.
   *
   * @param portName the {@code name} of a port mapping of the task definition
   * @param dnsName the name clients call
   * @param port the port clients call
   * @param idleTimeoutSeconds seconds a connection may stay idle (0 turns the timeout off)
   * @param perRequestTimeoutSeconds seconds for a whole response (0 turns it off; only with an appProtocol)
   * @return this builder
   */
  public ServiceConnectBuilder offer(String portName, String dnsName, int port, int idleTimeoutSeconds,
      int perRequestTimeoutSeconds) {
    config.addService(ServiceConnectService.builder().portName(portName)
        .addClientAlias(ServiceConnectClientAlias.builder().port(port).dnsName(dnsName).build())
        .timeout(TimeoutConfiguration.builder().idleTimeoutSeconds(idleTimeoutSeconds)
            .perRequestTimeoutSeconds(perRequestTimeoutSeconds).build())
        .build());
    return this;
  }

  /**
   * Any endpoint, built with {@link ServiceConnectService#builder()}.
   *
   * @param endpoint the endpoint
   * @return this builder
   */
  public ServiceConnectBuilder offer(ServiceConnectService endpoint) {
    config.addService(endpoint);
    return this;
  }

  /**
   * The Service Connect proxy's logs.
   *
   * @param logConfiguration the log configuration, e.g. awslogs
   * @return this builder
   */
  public ServiceConnectBuilder logConfiguration(LogConfiguration logConfiguration) {
    config.logConfiguration(logConfiguration);
    return this;
  }

  ServiceConnectConfiguration build() {
    return config.build();
  }
}
