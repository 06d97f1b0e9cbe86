package dev.ecsdsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The blue/green baseline is valid, so that each rule case breaks exactly one rule. */
class BlueGreenValidTest {

  @Test
  void theBlueGreenShopHasNoProblem() {
    assertThat(Validator.validate(BlueGreenFixtures.blueGreenShop()).problems()).isEmpty();
  }
}
