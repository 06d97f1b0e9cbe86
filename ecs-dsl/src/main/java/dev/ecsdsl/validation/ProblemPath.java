package dev.ecsdsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where in a description a problem lies, read from the outside in:
 * {@code service web → task definition web → container app → portMappings[0]}. Immutable.
 */
public final class ProblemPath {
  private static final ProblemPath ROOT = new ProblemPath(List.of());
  private final List<String> segments;

  private ProblemPath(List<String> segments) {
    this.segments = segments;
  }

  /** {@return the empty path (the whole description, or a whole file)} */
  public static ProblemPath root() {
    return ROOT;
  }

  /**
   * {@return a path of the given segments}
   *
   * @param segments the path's parts, outermost first
   */
  public static ProblemPath of(String... segments) {
    ProblemPath path = ROOT;
    for (String s : segments) {
      path = path.then(s);
    }
    return path;
  }

  /**
   * This path extended by one segment, e.g. {@code "container app"} or {@code "portMappings[0]"}.
   *
   * @param segment the segment to add
   * @return the longer path
   */
  public ProblemPath then(String segment) {
    List<String> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(segment);
    return new ProblemPath(Collections.unmodifiableList(next));
  }

  /**
   * This path extended by an indexed segment: {@code field[index]}.
   *
   * @param field the list member, e.g. {@code portMappings}
   * @param index the index in the list, from 0
   * @return the longer path
   */
  public ProblemPath then(String field, int index) {
    return then(field + "[" + index + "]");
  }

  /** {@return the segments, outermost first} */
  public List<String> segments() {
    return segments;
  }

  /** {@return whether this is the root path} */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProblemPath p && p.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  @Override
  public String toString() {
    return segments.isEmpty() ? "(root)" : String.join(" → ", segments);
  }
}
