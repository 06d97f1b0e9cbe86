package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.docker.agent.RunOwner.Liveness;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** Who owns a run, and whether its leftovers may go: the rules, without processes or an engine. */
class RunOwnerTest {
  private static final RunOwner SELF = new RunOwner(100, Optional.of(5_000L), "ci-host", "boot-1", "pid:[1]");
  /** Process 200 started at 7000; no other process exists. */
  private static final LongFunction<Long> PROCESSES = pid -> pid == 200 ? 7_000L : null;

  private static RunOwner owner(long pid, long start, String host, String boot, String namespace) {
    return new RunOwner(pid, Optional.of(start), host, boot, namespace);
  }

  @Test
  void aRunWhoseProcessRunsIsAlive() {
    assertThat(SELF.liveness(owner(200, 7_000, "ci-host", "boot-1", "pid:[1]"), PROCESSES)).isEqualTo(Liveness.ALIVE);
  }

  @Test
  void aRunWhoseProcessIsGoneOrWhosePidWasReusedIsGone() {
    assertThat(SELF.liveness(owner(300, 7_000, "ci-host", "boot-1", "pid:[1]"), PROCESSES)).isEqualTo(Liveness.GONE);
    assertThat(SELF.liveness(owner(200, 6_000, "ci-host", "boot-1", "pid:[1]"), PROCESSES)).isEqualTo(Liveness.GONE);
  }

  @Test
  void aRunFromAnEarlierBootOfThisHostIsGoneWhateverItsPid() {
    assertThat(SELF.liveness(owner(200, 7_000, "ci-host", "boot-0", "pid:[1]"), PROCESSES)).isEqualTo(Liveness.GONE);
  }

  @Test
  void aRunOfAnotherHostOrPidNamespaceIsNotOursToJudge() {
    assertThat(SELF.liveness(owner(300, 7_000, "other-host", "boot-1", "pid:[1]"), PROCESSES))
        .isEqualTo(Liveness.UNKNOWN);
    assertThat(SELF.liveness(owner(300, 7_000, "ci-host", "boot-1", "pid:[2]"), PROCESSES))
        .isEqualTo(Liveness.UNKNOWN);
    RunOwner withoutNamespaces = new RunOwner(100, Optional.empty(), "ci-host", "", "");
    assertThat(withoutNamespaces.liveness(owner(300, 7_000, "ci-host", "", ""), PROCESSES)).isEqualTo(Liveness.UNKNOWN);
  }

  @Test
  void theOwnerTravelsInLabelsAndObjectsWithoutThemNameNone() {
    RunOwner owner = owner(200, 7_000, "ci-host", "boot-1", "pid:[1]");

    assertThat(owner.labels("r1")).containsEntry(DockerLabels.RUN, "r1").containsEntry(DockerLabels.PID, "200")
        .containsEntry(DockerLabels.PID_START, "7000");
    assertThat(RunOwner.fromLabels(owner.labels("r1"))).contains(owner);
    assertThat(RunOwner.fromLabels(Map.of(DockerLabels.RUN, "r1"))).isEmpty();
    assertThat(RunOwner.fromLabels(Map.of(DockerLabels.PID, "not a pid"))).isEmpty();
  }

  @Test
  void thisProcessIsAliveToItself() {
    RunOwner self = RunOwner.current();

    assertThat(self.pid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(self.liveness(self)).isEqualTo(Liveness.ALIVE);
  }
}
