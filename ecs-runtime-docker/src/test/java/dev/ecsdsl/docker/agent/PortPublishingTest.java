package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.TransportProtocol;
import dev.ecsdsl.runtime.NetworkBinding;
import org.junit.jupiter.api.Test;

/** Reading back the bindings the engine made. */
class PortPublishingTest {
  private static final ContainerDefinition WEB = ContainerDefinition.builder().name("web").image("web")
      .addPortMappings(PortMapping.of(8080), PortMapping.builder().containerPort(53)
          .protocol(TransportProtocol.UDP).build())
      .build();

  @Test
  void theEnginesLoopbackBindingsBecomeNetworkBindingsInMappingOrder() {
    Ports actual = new Ports();
    actual.bind(ExposedPort.udp(53), new Ports.Binding("127.0.0.1", "40001"));
    actual.bind(ExposedPort.tcp(8080), new Ports.Binding("127.0.0.1", "32768"));

    assertThat(PortPublishing.networkBindings(WEB, actual)).containsExactly(
        NetworkBinding.of("127.0.0.1", 8080, 32768, TransportProtocol.TCP),
        NetworkBinding.of("127.0.0.1", 53, 40001, TransportProtocol.UDP));
  }

  @Test
  void bindingsElsewhereThanLoopbackAreNotOurs() {
    Ports actual = new Ports();
    actual.bind(ExposedPort.tcp(8080), new Ports.Binding("0.0.0.0", "32768"));

    assertThat(PortPublishing.networkBindings(WEB, actual)).isEmpty();
    assertThat(PortPublishing.networkBindings(WEB, null)).isEmpty();
  }

  @Test
  void udpMappingsArePublishedAsUdp() {
    assertThat(PortPublishing.exposedPorts(WEB)).containsExactly(ExposedPort.tcp(8080), ExposedPort.udp(53));
  }
}
