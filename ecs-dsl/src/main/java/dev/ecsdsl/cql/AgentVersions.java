package dev.ecsdsl.cql;

/**
 * Orders container agent versions such as {@code 1.14.5} segment by segment: numeric segments
 * numerically ({@code 1.9 < 1.14}), others as text; a missing segment counts as {@code 0}
 * ({@code 1.14 == 1.14.0}). Does not allocate.
 */
final class AgentVersions {
  private AgentVersions() {}

  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i <= a.length() || j <= b.length()) {
      int endA = i <= a.length() ? segmentEnd(a, i) : -1;
      int endB = j <= b.length() ? segmentEnd(b, j) : -1;
      int c = compareSegments(a, i, endA, b, j, endB);
      if (c != 0) {
        return c;
      }
      i = endA < 0 ? i : endA + 1;
      j = endB < 0 ? j : endB + 1;
    }
    return 0;
  }

  /** {@code end < 0} marks a missing segment, which compares like {@code 0}. */
  private static int compareSegments(String a, int startA, int endA, String b, int startB, int endB) {
    boolean numericA = endA < 0 || isDigits(a, startA, endA);
    boolean numericB = endB < 0 || isDigits(b, startB, endB);
    if (numericA && numericB) {
      return compareDigits(a, startA, Math.max(endA, startA), b, startB, Math.max(endB, startB));
    }
    if (endA < 0) {
      return -1;
    }
    if (endB < 0) {
      return 1;
    }
    int length = Math.min(endA - startA, endB - startB);
    for (int k = 0; k < length; k++) {
      int c = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(endA - startA, endB - startB);
  }

  private static int compareDigits(String a, int startA, int endA, String b, int startB, int endB) {
    while (startA < endA && a.charAt(startA) == '0') {
      startA++;
    }
    while (startB < endB && b.charAt(startB) == '0') {
      startB++;
    }
    if (endA - startA != endB - startB) {
      return Integer.compare(endA - startA, endB - startB);
    }
    for (int k = 0; k < endA - startA; k++) {
      int c = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int segmentEnd(String version, int from) {
    int dot = version.indexOf('.', from);
    return dot < 0 ? version.length() : dot;
  }

  private static boolean isDigits(String text, int start, int end) {
    if (start == end) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
