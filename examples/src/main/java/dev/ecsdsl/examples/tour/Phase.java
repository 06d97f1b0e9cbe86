package dev.ecsdsl.examples.tour;

import java.time.Instant;

/**
 * One chapter of the tour.
 *
 * @param name short name, e.g. {@code rolling update}
 * @param summary one sentence of what the tour does in it
 * @param start when it began
 * @param end when it ended
 * @param firstEvent index of its first event in the runtime's event list
 * @param endEvent index after its last event
 */
public record Phase(String name, String summary, Instant start, Instant end, int firstEvent, int endEvent) {}
