package dev.ecsdsl.cql;

/**
 * Recognises and compares plain decimal numbers ({@code -?digits[.digits]}) digit by digit,
 * exactly and without allocating, so attribute values can be ordered numerically on the hot path.
 */
final class DecimalNumbers {
  private DecimalNumbers() {}

  /** Whether {@code text} is {@code -?\d+(\.\d+)?}. */
  static boolean isNumber(String text) {
    int length = text.length();
    int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
    int integerStart = i;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == integerStart) {
      return false;
    }
    if (i == length) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fractionStart = ++i;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
    }
    return i == length && i > fractionStart;
  }

  /** Compares two texts accepted by {@link #isNumber}; {@code -0}, {@code 0.0} and {@code 00} are equal. */
  static int compare(String a, String b) {
    int signA = sign(a);
    int signB = sign(b);
    if (signA != signB) {
      return Integer.compare(signA, signB);
    }
    if (signA == 0) {
      return 0;
    }
    int magnitude = compareMagnitude(a, signA < 0 ? 1 : 0, b, signB < 0 ? 1 : 0);
    return signA > 0 ? magnitude : -magnitude;
  }

  private static int sign(String number) {
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '1' && c <= '9') {
        return number.charAt(0) == '-' ? -1 : 1;
      }
    }
    return 0;
  }

  private static int compareMagnitude(String a, int startA, String b, int startB) {
    int pointA = pointOrEnd(a, startA);
    int pointB = pointOrEnd(b, startB);
    while (startA < pointA && a.charAt(startA) == '0') {
      startA++;
    }
    while (startB < pointB && b.charAt(startB) == '0') {
      startB++;
    }
    int integerDigitsA = pointA - startA;
    int integerDigitsB = pointB - startB;
    if (integerDigitsA != integerDigitsB) {
      return Integer.compare(integerDigitsA, integerDigitsB);
    }
    for (int k = 0; k < integerDigitsA; k++) {
      int c = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
      if (c != 0) {
        return c;
      }
    }
    int fractionDigitsA = Math.max(0, a.length() - pointA - 1);
    int fractionDigitsB = Math.max(0, b.length() - pointB - 1);
    for (int k = 0; k < Math.max(fractionDigitsA, fractionDigitsB); k++) {
      char digitA = k < fractionDigitsA ? a.charAt(pointA + 1 + k) : '0';
      char digitB = k < fractionDigitsB ? b.charAt(pointB + 1 + k) : '0';
      if (digitA != digitB) {
        return Character.compare(digitA, digitB);
      }
    }
    return 0;
  }

  private static int pointOrEnd(String number, int from) {
    int point = number.indexOf('.', from);
    return point < 0 ? number.length() : point;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
