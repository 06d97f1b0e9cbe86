package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.Service;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a service as ECS JSON and reading it back gives the same service, for any (autoScaling aside). */
class ServiceRoundTripProperties {

  @Property(tries = 1000)
  void writeThenReadIsTheIdentity(@ForAll("services") Service service) {
    String json = EcsJson.writeService(service);

    JsonImport<Service> read = EcsJson.readService("generated.json", json);

    assertThat(read.value()).isEqualTo(service);
    // a generated string may look like a template placeholder (${x}): that warning is right; besides it only the
    // one note that members of issue 20 are read but not yet simulated; nothing is dropped.
    assertThat(read.warnings()).allSatisfy(p -> assertThat(p.rule()).isIn(JsonRules.PLACEHOLDER,
        JsonRules.NOT_YET_SIMULATED));
    assertThat(read.warnings()).filteredOn(p -> p.rule().equals(JsonRules.NOT_YET_SIMULATED)).hasSizeLessThanOrEqualTo(1);
    assertThat(EcsJson.writeService(read.value())).isEqualTo(json);
    assertThat(EcsJson.detect(json)).isEqualTo(EcsJson.Kind.SERVICE);
  }

  @Provide
  Arbitrary<Service> services() {
    return ModelArbitraries.services();
  }
}
