package dev.ecsdsl.validation;

/** Small helpers for readable messages. */
final class Words {
  private Words() {}

  /** {@code n} and the noun in the right number: "1 container", "3 containers". */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
