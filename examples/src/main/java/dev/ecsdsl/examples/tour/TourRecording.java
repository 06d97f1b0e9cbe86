package dev.ecsdsl.examples.tour;

import dev.ecsdsl.runtime.RuntimeEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run of the tour saw, for the console and the report.
 *
 * @param runtime {@code inmemory} or {@code docker}
 * @param seed the runtime's seed
 * @param environment the deployed environment's name
 * @param start when the first phase began
 * @param end when the last phase ended
 * @param phases the phases in order
 * @param events every event of the runtime, oldest first
 * @param samples the watched services over time, oldest first
 * @param placement where the tasks were at the end
 * @param scaling what auto scaling did, where the runtime has it
 */
public record TourRecording(String runtime, long seed, String environment, Instant start, Instant end,
    List<Phase> phases, List<RuntimeEvent> events, List<ServiceSample> samples, Placement placement,
    Optional<ScalingData> scaling) {

  /**
   * The events of one phase.
   *
   * @param phase one of this recording's phases
   * @return the phase's events, oldest first
   */
  public List<RuntimeEvent> eventsOf(Phase phase) {
    return events.subList(phase.firstEvent(), phase.endEvent());
  }
}
