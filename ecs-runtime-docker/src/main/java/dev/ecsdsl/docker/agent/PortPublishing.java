package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.TransportProtocol;
import dev.ecsdsl.runtime.NetworkBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The port mappings of a bridge-mode container, published on {@value #BIND_IP} only: nothing a task runs
 * is reachable from outside the machine. A mapping without a host port (or with 0) gets one the engine
 * picks from the ephemeral range, as ECS's dynamic host ports do. Mappings given as a
 * {@code containerPortRange} are not published (the control plane does not plan them either).
 */
final class PortPublishing {
  /** The host address every published port binds to. */
  static final String BIND_IP = "127.0.0.1";

  private PortPublishing() {}

  /** The container's mapped ports, in mapping order. */
  static List<ExposedPort> exposedPorts(ContainerDefinition container) {
    List<ExposedPort> ports = new ArrayList<>();
    for (PortMapping mapping : container.portMappings()) {
      mapping.containerPort().ifPresent(port -> ports.add(exposed(port, mapping.protocolOrDefault())));
    }
    return ports;
  }

  /** The bindings to ask for: each mapped port on {@value #BIND_IP}, at its host port or a dynamic one. */
  static List<PortBinding> portBindings(ContainerDefinition container) {
    List<PortBinding> bindings = new ArrayList<>();
    for (PortMapping mapping : container.portMappings()) {
      if (mapping.containerPort().isEmpty()) {
        continue;
      }
      int hostPort = mapping.hostPort().orElse(0);
      bindings.add(new PortBinding(new Ports.Binding(BIND_IP, hostPort > 0 ? Integer.toString(hostPort) : null),
          exposed(mapping.containerPort().get(), mapping.protocolOrDefault())));
    }
    return bindings;
  }

  /**
   * The bindings the engine made, read from {@code NetworkSettings.Ports} of the started container, in
   * mapping order.
   */
  static List<NetworkBinding> networkBindings(ContainerDefinition container, Ports actual) {
    Map<ExposedPort, Ports.Binding[]> byPort = actual == null ? Map.of() : actual.getBindings();
    List<NetworkBinding> bindings = new ArrayList<>();
    for (PortMapping mapping : container.portMappings()) {
      if (mapping.containerPort().isEmpty()) {
        continue;
      }
      int containerPort = mapping.containerPort().get();
      Ports.Binding[] made = byPort.get(exposed(containerPort, mapping.protocolOrDefault()));
      if (made == null) {
        continue;
      }
      for (Ports.Binding binding : made) {
        if (binding != null && BIND_IP.equals(binding.getHostIp()) && binding.getHostPortSpec() != null) {
          bindings.add(NetworkBinding.of(BIND_IP, containerPort, Integer.parseInt(binding.getHostPortSpec()),
              mapping.protocolOrDefault()));
          break;
        }
      }
    }
    return bindings;
  }

  private static ExposedPort exposed(int port, TransportProtocol protocol) {
    return new ExposedPort(port, protocol == TransportProtocol.UDP ? InternetProtocol.UDP : InternetProtocol.TCP);
  }
}
