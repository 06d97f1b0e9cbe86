package dev.ecsdsl.runtime;

import java.util.List;
import java.util.stream.Collectors;

/** The single resource of a Describe* response about one resource. */
final class Described {
  private Described() {}

  static <T> T only(List<T> found, List<Failure> failures, String what) {
    if (found.size() == 1 && failures.isEmpty()) {
      return found.get(0);
    }
    if (found.isEmpty() && !failures.isEmpty()) {
      throw new IllegalStateException("the " + what + " was not found: " + failures.stream()
          .map(f -> f.arn().map(a -> a + " ").orElse("") + f.reason() + f.detail().map(d -> " (" + d + ")").orElse(""))
          .collect(Collectors.joining(", ")));
    }
    throw new IllegalStateException("expected one " + what + ", but the response holds " + found.size()
        + " and " + failures.size() + " failures");
  }
}
