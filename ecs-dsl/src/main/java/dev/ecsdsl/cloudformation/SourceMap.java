package dev.ecsdsl.cloudformation;

import dev.ecsdsl.validation.SourceLocation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a template stands in its text: line and column (1-based) by template path
 * ({@code Resources.Web.Properties.LoadBalancers[0]}). A path the text does not hold (a value an intrinsic
 * function made) is placed at its nearest enclosing value.
 */
final class SourceMap {
  private final Map<String, int[]> locations = new HashMap<>();

  void put(String path, int line, int column) {
    locations.putIfAbsent(path, new int[] {line, column});
  }

  /** Where the path's value, or its nearest enclosing value, stands; empty when none is known. */
  Optional<SourceLocation> location(String path) {
    String p = path;
    while (!p.isEmpty()) {
      int[] location = locations.get(p);
      if (location != null) {
        return Optional.of(new SourceLocation(location[0], location[1]));
      }
      p = parent(p);
    }
    return Optional.empty();
  }

  /** The enclosing path: {@code a.b[0]} → {@code a.b} → {@code a} → empty. */
  static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** {@code parent.name}, or {@code name} at the top. */
  static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** {@code parent[index]}. */
  static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
