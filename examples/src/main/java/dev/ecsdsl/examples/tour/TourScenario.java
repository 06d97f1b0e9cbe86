package dev.ecsdsl.examples.tour;

/** One way to run the tour on one runtime: deploys, plays the phases, and returns what was recorded. */
public interface TourScenario {
  /**
   * Runs the tour to its end.
   *
   * @return what the tour did
   */
  TourRecording run();
}
