package dev.ecsdsl.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name closest to a misspelt one: case-insensitive edit distance (insertions, deletions,
 * substitutions and swaps of neighbours each count one), close enough when at most a third of the name, and
 * at least one edit (at most three), differs. Ties go to the candidate listed first.
 */
final class Suggestions {
  private Suggestions() {}

  /**
   * The closest candidate, if one is close enough. A candidate whose length differs from the given name's by
   * more than the allowed distance cannot be close enough and is not compared, so a huge name costs nothing.
   */
  static Optional<String> closest(String given, Collection<String> candidates) {
    int allowed = Math.max(1, Math.min(3, Math.max(given.length(), 1) / 3));
    String g = null;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - given.length()) > allowed) {
        continue;
      }
      g = g == null ? given.toLowerCase(Locale.ROOT) : g;
      int d = distance(g, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Optimal string alignment distance: Levenshtein plus transposition of adjacent characters. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
