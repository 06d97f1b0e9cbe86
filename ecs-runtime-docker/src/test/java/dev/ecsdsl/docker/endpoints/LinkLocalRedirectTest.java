package dev.ecsdsl.docker.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkLocalRedirectTest {
  private static final RunNetwork NETWORK = new RunNetwork("ecs-dsl-ab12", "br-0123456789ab", "172.18.0.1", "172.18.0.0/16");

  @Test
  void theRuleSendsLinkLocalPort80FromTheRunsBridgeToTheGatewayPort() {
    assertThat(String.join(" ", LinkLocalRedirect.rule(NETWORK, 40123, "ab12"))).isEqualTo("PREROUTING -i "
        + "br-0123456789ab -d 169.254.170.2/32 -p tcp --dport 80 -m comment --comment ecs-dsl run ab12 "
        + "-j DNAT --to-destination 172.18.0.1:40123");
  }

  @Test
  void aListedRuleOfTheProjectNamesItsBridgeAndSplitsBackIntoTheRuleThatMadeIt() {
    String listed = "-A PREROUTING -d 169.254.170.2/32 -i br-0123456789ab -p tcp -m tcp --dport 80 "
        + "-m comment --comment \"ecs-dsl run ab12\" -j DNAT --to-destination 172.18.0.1:40123";

    assertThat(LinkLocalRedirect.orphanBridge(listed)).contains("br-0123456789ab");
    assertThat(LinkLocalRedirect.words(listed)).contains("ecs-dsl run ab12").doesNotContain("\"ecs-dsl");
  }

  @Test
  void onlyTheRunsContainersCountAsTasksNotTheHostsGatewayNorOtherNetworks() throws Exception {
    assertThat(NETWORK.isTaskAddress(java.net.InetAddress.getByName("172.18.0.2"))).isTrue();
    assertThat(NETWORK.isTaskAddress(java.net.InetAddress.getByName("172.18.255.254"))).isTrue();
    assertThat(NETWORK.isTaskAddress(java.net.InetAddress.getByName("172.18.0.1"))).as("the host").isFalse();
    assertThat(NETWORK.isTaskAddress(java.net.InetAddress.getByName("172.17.0.2"))).as("the default bridge").isFalse();
    assertThat(NETWORK.isTaskAddress(java.net.InetAddress.getByName("127.0.0.1"))).isFalse();
    assertThat(new RunNetwork("n", "br-1", "10.1.2.129", "10.1.2.128/25")
        .isTaskAddress(java.net.InetAddress.getByName("10.1.2.127"))).isFalse();
  }

  @Test
  void rulesOfOthersAreNotTheProjects() {
    assertThat(LinkLocalRedirect.orphanBridge("-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER")).isEmpty();
    assertThat(LinkLocalRedirect.orphanBridge("-A PREROUTING -i br-1 -m comment --comment \"mine\" -j DNAT "
        + "--to-destination 10.0.0.1:80")).isEmpty();
    assertThat(LinkLocalRedirect.orphanBridge("-A OUTPUT -i br-1 -m comment --comment \"ecs-dsl run x\" -j DNAT"))
        .isEmpty();
  }
}
