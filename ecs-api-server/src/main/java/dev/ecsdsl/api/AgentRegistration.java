package dev.ecsdsl.api;

import dev.ecsdsl.model.Tag;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.RegisterContainerInstanceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RegisterContainerInstance's request as the ECS agent sends it, read into the runtime's request: the
 * {@code totalResources} list (CPU and MEMORY as INTEGER, PORTS and PORTS_UDP as STRINGSET), {@code versionInfo},
 * {@code attributes}, {@code platformDevices} (checked: only GPUs exist; GPUs are not simulated, so they are not
 * kept) and {@code tags}.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterContainerInstance.html
 */
final class AgentRegistration {
  /** The most attributes a registration carries (an agent reports about 60). */
  private static final int MAX_ATTRIBUTES = 510;
  /** The most ports a resource lists. */
  private static final int MAX_PORTS = 1_000;

  private AgentRegistration() {}

  static RegisterContainerInstanceRequest read(Request r) {
    RegisterContainerInstanceRequest.Builder request = RegisterContainerInstanceRequest.builder()
        .cluster(r.cluster())
        .instanceIdentityDocument(r.requiredString("instanceIdentityDocument"));
    r.string("instanceIdentityDocumentSignature").ifPresent(request::instanceIdentityDocumentSignature);
    r.string("containerInstanceArn").ifPresent(request::containerInstanceArn);
    r.object("versionInfo").flatMap(v -> v.string("agentVersion")).ifPresent(request::agentVersion);
    if (r.has("totalResources")) {
      request.totalResources(resources(r.objects("totalResources")));
    }
    List<Request> attributes = r.objects("attributes");
    if (attributes.size() > MAX_ATTRIBUTES) {
      throw ApiException.invalidParameter("RegisterContainerInstance: at most " + MAX_ATTRIBUTES
          + " attributes; got " + attributes.size() + ".");
    }
    Map<String, String> byName = new LinkedHashMap<>();
    for (Request attribute : attributes) {
      attribute.string("targetType").filter(t -> !t.equals("container-instance")).ifPresent(t -> {
        throw ApiException.invalidParameter("targetType must be container-instance; was " + t + ".");
      });
      byName.put(attribute.requiredString("name"), attribute.string("value").orElse(""));
    }
    request.attributes(byName);
    for (Request device : r.objects("platformDevices")) {
      device.requiredString("id");
      if (!device.requiredString("type").equals("GPU")) {
        throw ApiException.invalidParameter("platformDevices: type must be GPU.");
      }
    }
    request.tags(r.values("tags", Tag.class));
    return request.build();
  }

  private static ContainerInstance.Resources resources(List<Request> resources) {
    Optional<Integer> cpu = Optional.empty();
    Optional<Integer> memory = Optional.empty();
    List<Integer> tcp = new ArrayList<>();
    List<Integer> udp = new ArrayList<>();
    for (Request resource : resources) {
      String name = resource.requiredString("name");
      switch (name) {
        case "CPU" -> cpu = Optional.of(integer(resource, name));
        case "MEMORY" -> memory = Optional.of(integer(resource, name));
        case "PORTS" -> tcp.addAll(ports(resource, name));
        case "PORTS_UDP" -> udp.addAll(ports(resource, name));
        default -> throw ApiException.invalidParameter("totalResources: unknown resource " + Messages.quote(name)
            + "; an agent registers CPU, MEMORY, PORTS and PORTS_UDP.");
      }
    }
    if (cpu.isEmpty() || memory.isEmpty()) {
      throw ApiException.invalidParameter("totalResources must give CPU and MEMORY.");
    }
    return ContainerInstance.Resources.builder().cpu(cpu.get()).memory(memory.get()).ports(tcp).portsUdp(udp)
        .taskEnis(0).build();
  }

  private static int integer(Request resource, String name) {
    resource.string("type").filter(t -> !t.equals("INTEGER")).ifPresent(t -> {
      throw ApiException.invalidParameter("totalResources: " + name + " is of type INTEGER.");
    });
    return resource.integer("integerValue").orElseThrow(() -> ApiException.invalidParameter("totalResources: "
        + name + " needs integerValue."));
  }

  private static List<Integer> ports(Request resource, String name) {
    resource.string("type").filter(t -> !t.equals("STRINGSET")).ifPresent(t -> {
      throw ApiException.invalidParameter("totalResources: " + name + " is of type STRINGSET.");
    });
    List<String> values = resource.strings("stringSetValue");
    if (values.size() > MAX_PORTS) {
      throw ApiException.invalidParameter("totalResources: " + name + " lists more than " + MAX_PORTS
          + " ports.");
    }
    List<Integer> ports = new ArrayList<>();
    for (String value : values) {
      try {
        ports.add(Integer.parseInt(value));
      } catch (NumberFormatException e) {
        throw ApiException.invalidParameter("totalResources: " + name + " holds " + Messages.quote(value)
            + ", which is not a port number.");
      }
    }
    return ports;
  }
}
