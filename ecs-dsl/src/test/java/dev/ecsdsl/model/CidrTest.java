package dev.ecsdsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CidrTest {

  @Test
  void aSubnetLosesFiveAddressesToAws() {
    Subnet s = Subnet.builder().subnetId("s").availabilityZone("us-east-1a").cidrBlock("10.0.1.0/24").build();
    assertThat(s.usableIpAddressCount()).isEqualTo(251);
    Subnet tiny = Subnet.builder().subnetId("t").availabilityZone("us-east-1a").cidrBlock("10.0.2.0/28").build();
    assertThat(tiny.usableIpAddressCount()).isEqualTo(11);
  }

  @Test
  void containmentAndOverlap() {
    Cidr vpc = Cidr.parse("10.0.0.0/16").orElseThrow();
    Cidr inside = Cidr.parse("10.0.3.0/24").orElseThrow();
    Cidr outside = Cidr.parse("10.1.0.0/24").orElseThrow();
    assertThat(vpc.contains(inside)).isTrue();
    assertThat(vpc.contains(outside)).isFalse();
    assertThat(inside.overlaps(vpc)).isTrue();
    assertThat(inside.overlaps(Cidr.parse("10.0.4.0/24").orElseThrow())).isFalse();
    assertThat(inside.address(4)).isEqualTo("10.0.3.4");
  }

  @Test
  void malformedBlocksAreEmpty() {
    assertThat(Cidr.parse("10.0.0.0")).isEmpty();
    assertThat(Cidr.parse("10.0.0/16")).isEmpty();
    assertThat(Cidr.parse("10.0.0.256/16")).isEmpty();
    assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
  }
}
