package dev.ecsdsl.inmemory.simulated;

import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.becomesHealthyAfter;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.becomesUnhealthyAfter;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.exitsAfter;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.failsToPull;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.failsToStart;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.ignoresSigterm;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.neverHealthy;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.outOfMemoryAfter;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.pullTakes;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.runsUntilStopped;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.shutdownTakes;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.startsAfter;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.usesCpu;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.usesMemory;
import static dev.ecsdsl.inmemory.simulated.Fixtures.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerBehaviourTest {

  @Test
  void theDefaultRunsUntilStoppedHealthyAndDiesOnSigterm() {
    ContainerBehaviour behaviour = runsUntilStopped();

    assertThat(behaviour.pullTime()).isEqualTo(seconds(2));
    assertThat(behaviour.pullFailure()).isEmpty();
    assertThat(behaviour.startTime()).isEqualTo(seconds(1));
    assertThat(behaviour.startFailure()).isEmpty();
    assertThat(behaviour.exitTime()).isEmpty();
    assertThat(behaviour.outOfMemoryTime()).isEmpty();
    assertThat(behaviour.healthCheckPassesAt(Duration.ZERO)).isTrue();
    assertThat(behaviour.healthCheckPassesAt(Duration.ofDays(365))).isTrue();
    assertThat(behaviour.handlesSigterm()).isTrue();
    assertThat(behaviour.shutdownTime()).contains(Duration.ZERO);
    assertThat(behaviour.shutdownExitCode()).isEqualTo(143);
    assertThat(behaviour.cpuUse()).isZero();
    assertThat(behaviour.memoryUse()).isZero();
  }

  @Test
  void eachFactoryChangesOnlyItsOwnAspectOfTheDefault() {
    assertThat(exitsAfter(seconds(30), 3)).isEqualTo(runsUntilStopped().withExitAfter(seconds(30), 3))
        .extracting(ContainerBehaviour::exitTime, ContainerBehaviour::exitCode)
        .containsExactly(Optional.of(seconds(30)), 3);
    assertThat(startsAfter(seconds(4)).startTime()).isEqualTo(seconds(4));
    assertThat(pullTakes(seconds(9)).pullTime()).isEqualTo(seconds(9));
    assertThat(failsToPull("not found").pullFailure()).contains("not found");
    assertThat(failsToStart("no such file").startFailure()).contains("no such file");
    assertThat(failsToStart("no such file").startFailureExitCode()).isEqualTo(128);
    assertThat(failsToStart("not executable", 126).startFailureExitCode()).isEqualTo(126);
    assertThat(outOfMemoryAfter(seconds(7)).outOfMemoryTime()).contains(seconds(7));
    assertThat(usesCpu(0.75).cpuUse()).isEqualTo(0.75);
    assertThat(usesMemory(1.5).memoryUse()).isEqualTo(1.5);
    assertThat(pullTakes(seconds(9)).withPullTime(seconds(2))).isEqualTo(runsUntilStopped());
  }

  @Test
  void sigtermHandling() {
    assertThat(ignoresSigterm().handlesSigterm()).isFalse();
    assertThat(shutdownTakes(seconds(10)).shutdownTime()).contains(seconds(10));
    assertThat(shutdownTakes(seconds(10)).shutdownExitCode()).isZero();
    assertThat(shutdownTakes(seconds(10), 1).shutdownExitCode()).isEqualTo(1);
  }

  @Test
  void theHealthCheckPassesInsideTheHealthyWindowOnly() {
    Duration justBefore = seconds(60).minusMillis(1);

    assertThat(becomesUnhealthyAfter(seconds(60)).healthCheckPassesAt(justBefore)).isTrue();
    assertThat(becomesUnhealthyAfter(seconds(60)).healthCheckPassesAt(seconds(60))).isFalse();
    assertThat(becomesHealthyAfter(seconds(60)).healthCheckPassesAt(justBefore)).isFalse();
    assertThat(becomesHealthyAfter(seconds(60)).healthCheckPassesAt(seconds(60))).isTrue();
    assertThat(neverHealthy().healthCheckPassesAt(Duration.ZERO)).isFalse();
    assertThat(neverHealthy().healthCheckPassesAt(Duration.ofDays(1))).isFalse();

    ContainerBehaviour window = becomesHealthyAfter(seconds(20)).withUnhealthyAfter(seconds(40));
    assertThat(window.healthCheckPassesAt(seconds(19))).isFalse();
    assertThat(window.healthCheckPassesAt(seconds(20))).isTrue();
    assertThat(window.healthCheckPassesAt(seconds(40))).isFalse();
  }

  @Test
  void toStringIsTheChainThatBuildsTheValue() {
    assertThat(runsUntilStopped()).hasToString("runsUntilStopped()");
    assertThat(exitsAfter(seconds(30), 1).withPullTime(Duration.ofMillis(2500)).withSigtermIgnored())
        .hasToString("runsUntilStopped().withPullTime(2500ms).withExitAfter(30s, 1).withSigtermIgnored()");
    assertThat(neverHealthy().withStartFailure("exec format error").withCpuUse(0.5))
        .hasToString("runsUntilStopped().withStartFailure(\"exec format error\").withNeverHealthy()"
            + ".withCpuUse(0.5)");
    assertThat(becomesHealthyAfter(seconds(5)).withUnhealthyAfter(seconds(90)).withShutdownTime(seconds(3))
        .withOutOfMemoryAfter(seconds(600)))
        .hasToString("runsUntilStopped().withHealthyAfter(5s).withUnhealthyAfter(90s)"
            + ".withOutOfMemoryAfter(600s).withShutdownTime(3s, 0)");
  }

  @Test
  void negativeTimesAreRejectedNamingTheTime() {
    assertThatIllegalArgumentException().isThrownBy(() -> exitsAfter(seconds(-1), 0))
        .withMessage("exit time must not be negative, was -1s");
    assertThatIllegalArgumentException().isThrownBy(() -> pullTakes(Duration.ofMillis(-5)))
        .withMessage("pull time must not be negative, was -5ms");
    assertThatIllegalArgumentException().isThrownBy(() -> startsAfter(seconds(-2)))
        .withMessage("start time must not be negative, was -2s");
    assertThatIllegalArgumentException().isThrownBy(() -> becomesUnhealthyAfter(seconds(-3)))
        .withMessage("unhealthy after must not be negative, was -3s");
    assertThatIllegalArgumentException().isThrownBy(() -> becomesHealthyAfter(seconds(-3)))
        .withMessage("healthy after must not be negative, was -3s");
    assertThatIllegalArgumentException().isThrownBy(() -> outOfMemoryAfter(seconds(-4)))
        .withMessage("out of memory time must not be negative, was -4s");
    assertThatIllegalArgumentException().isThrownBy(() -> shutdownTakes(seconds(-5)))
        .withMessage("shutdown time must not be negative, was -5s");
  }

  @Test
  void exitCodesOutside0To255AreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> exitsAfter(seconds(1), 256))
        .withMessage("exit code must be between 0 and 255, was 256");
    assertThatIllegalArgumentException().isThrownBy(() -> exitsAfter(seconds(1), -1))
        .withMessage("exit code must be between 0 and 255, was -1");
    assertThatIllegalArgumentException().isThrownBy(() -> shutdownTakes(seconds(1), 300))
        .withMessage("shutdown exit code must be between 0 and 255, was 300");
    assertThatIllegalArgumentException().isThrownBy(() -> failsToStart("x", 999))
        .withMessage("start failure exit code must be between 0 and 255, was 999");
    assertThat(exitsAfter(seconds(1), 255).exitCode()).isEqualTo(255);
  }

  @Test
  void reasonsAndFractionsAreChecked() {
    assertThatIllegalArgumentException().isThrownBy(() -> failsToPull(" "))
        .withMessage("pull failure needs a reason, was blank");
    assertThatIllegalArgumentException().isThrownBy(() -> failsToStart(""))
        .withMessage("start failure needs a reason, was blank");
    assertThatIllegalArgumentException().isThrownBy(() -> usesCpu(Double.NaN))
        .withMessage("cpu use must be a finite fraction of the reservation, 0 or more, was NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> usesMemory(-0.1))
        .withMessage("memory use must be a finite fraction of the reservation, 0 or more, was -0.1");
    assertThatNullPointerException().isThrownBy(() -> failsToPull(null));
    assertThatNullPointerException().isThrownBy(() -> exitsAfter(null, 0)).withMessage("exit time");
  }
}
