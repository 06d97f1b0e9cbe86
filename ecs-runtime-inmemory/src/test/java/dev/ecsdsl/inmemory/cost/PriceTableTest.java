package dev.ecsdsl.inmemory.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.model.InstanceTypes;
import org.junit.jupiter.api.Test;

/** The default us-east-1 prices and the overrides a user gives. */
class PriceTableTest {
  @Test
  void defaultsAreUsEast1ListPrices() {
    PriceTable prices = PriceTable.usEast1();
    assertThat(prices.ec2Hourly(InstanceTypes.get("m5.large"))).isEqualTo(0.096);
    assertThat(prices.fargateVcpuHour(false)).isEqualTo(0.04048);
    assertThat(prices.fargateGbHour(false)).isEqualTo(0.004445);
    assertThat(prices.fargateVcpuHour(true)).isEqualTo(0.03238);
    assertThat(prices.fargateSpotDiscount()).isEqualTo(0.70);
    assertThat(prices.rootVolumeGiB()).isEqualTo(30);
    assertThat(prices.ebsGbMonth()).isEqualTo(0.08);
  }

  @Test
  void overridesReturnANewTableAndLeaveTheOldOneAlone() {
    PriceTable defaults = PriceTable.usEast1();
    PriceTable spot = defaults.withEc2Hourly("m5.large", 0.035).withFargateSpotDiscount(0.5);
    assertThat(spot.ec2Hourly(InstanceTypes.get("m5.large"))).isEqualTo(0.035);
    assertThat(spot.ec2Hourly(InstanceTypes.get("c5.large"))).isEqualTo(0.085);
    assertThat(spot.fargateSpotDiscount()).isEqualTo(0.5);
    assertThat(defaults.ec2Hourly(InstanceTypes.get("m5.large"))).isEqualTo(0.096);
  }

  @Test
  void impossiblePricesAreRefusedWithWhatIsExpected() {
    assertThatThrownBy(() -> PriceTable.usEast1().withFargate(-0.01, 0.004))
        .hasMessageContaining("the Fargate vCPU-hour price must be a finite amount of USD, 0 or more, got -0.01");
    assertThatThrownBy(() -> PriceTable.usEast1().withFargateSpotDiscount(70))
        .hasMessageContaining("a fraction in [0, 1), e.g. 0.7 for 70%, got 70.0");
    assertThatThrownBy(() -> PriceTable.usEast1().withEbs(0.08, -1)).hasMessageContaining("0 GiB or more");
  }
}
