package dev.ecsdsl.control.placement;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.TransportProtocol;
import dev.ecsdsl.runtime.NetworkBinding;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a task reserves on a container instance, computed as ECS does: task-level CPU and memory when the
 * definition sets them, else the sum of its containers' ({@code memoryReservation} where set, else
 * {@code memory}); static host ports in bridge and host mode; one dynamic host port per bridge mapping
 * without a host port.
 */
public final class TaskRequirements {
  private TaskRequirements() {}

  /**
   * {@return the CPU units the task reserves}
   *
   * @param definition the task definition, overrides applied
   */
  public static int cpu(TaskDefinition definition) {
    return definition.cpuUnits().orElseGet(() ->
        definition.containerDefinitions().stream().mapToInt(c -> c.cpu().orElse(0)).sum());
  }

  /**
   * {@return the MiB the task reserves}
   *
   * @param definition the task definition, overrides applied
   */
  public static int memory(TaskDefinition definition) {
    return definition.memoryMiB().orElseGet(() ->
        definition.containerDefinitions().stream().mapToInt(ContainerDefinition::reservedMemory).sum());
  }

  /**
   * {@return the host ports the task needs exactly (bridge mappings with a host port, host network mode)}
   *
   * @param definition the task definition
   */
  public static List<HostPort> staticHostPorts(TaskDefinition definition) {
    NetworkMode mode = definition.networkModeOrDefault();
    List<HostPort> ports = new ArrayList<>();
    for (ContainerDefinition container : definition.containerDefinitions()) {
      for (PortMapping mapping : container.portMappings()) {
        if (mapping.containerPort().isEmpty()) {
          continue;
        }
        if (mode == NetworkMode.HOST) {
          ports.add(new HostPort(mapping.hostPort().filter(p -> p > 0).orElse(mapping.containerPort().get()),
              mapping.protocolOrDefault()));
        } else if (mode == NetworkMode.BRIDGE && mapping.hostPort().orElse(0) > 0) {
          ports.add(new HostPort(mapping.hostPort().get(), mapping.protocolOrDefault()));
        }
      }
    }
    return ports;
  }

  /**
   * {@return how many host ports of a protocol placement picks for the task (bridge mappings without one)}
   *
   * @param definition the task definition
   * @param protocol TCP or UDP
   */
  public static int dynamicHostPorts(TaskDefinition definition, TransportProtocol protocol) {
    if (definition.networkModeOrDefault() != NetworkMode.BRIDGE) {
      return 0;
    }
    int count = 0;
    for (ContainerDefinition container : definition.containerDefinitions()) {
      for (PortMapping mapping : container.portMappings()) {
        if (mapping.containerPort().isPresent() && mapping.hostPort().orElse(0) == 0
            && mapping.protocolOrDefault() == protocol) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * The bindings of each container: static host ports as given, dynamic ones taken in mapping order from
   * what placement assigned. awsvpc and none have no host bindings.
   *
   * @param definition the task definition
   * @param dynamicTcp the TCP host ports placement picked, in mapping order
   * @param dynamicUdp the UDP host ports placement picked, in mapping order
   * @return each container's bindings, by container name
   */
  public static Map<String, List<NetworkBinding>> bindings(TaskDefinition definition, List<Integer> dynamicTcp,
      List<Integer> dynamicUdp) {
    NetworkMode mode = definition.networkModeOrDefault();
    Iterator<Integer> tcp = dynamicTcp.iterator();
    Iterator<Integer> udp = dynamicUdp.iterator();
    Map<String, List<NetworkBinding>> result = new LinkedHashMap<>();
    for (ContainerDefinition container : definition.containerDefinitions()) {
      List<NetworkBinding> bindings = new ArrayList<>();
      if (mode == NetworkMode.BRIDGE || mode == NetworkMode.HOST) {
        for (PortMapping mapping : container.portMappings()) {
          if (mapping.containerPort().isEmpty()) {
            continue;
          }
          int containerPort = mapping.containerPort().get();
          TransportProtocol protocol = mapping.protocolOrDefault();
          int hostPort;
          if (mode == NetworkMode.HOST) {
            hostPort = mapping.hostPort().filter(p -> p > 0).orElse(containerPort);
          } else if (mapping.hostPort().orElse(0) > 0) {
            hostPort = mapping.hostPort().get();
          } else {
            Iterator<Integer> source = protocol == TransportProtocol.UDP ? udp : tcp;
            hostPort = source.hasNext() ? source.next() : 0;
          }
          bindings.add(NetworkBinding.of("0.0.0.0", containerPort, hostPort, protocol));
        }
      }
      result.put(container.name(), List.copyOf(bindings));
    }
    return result;
  }
}
