package dev.ecsdsl.validation;

/** Small helpers for readable messages. */
final class Words {
  /** How many names a message lists before it says how many more there are. */
  static final int LISTED = 10;

  private Words() {}

  /**
   * The names joined by commas, at most {@link #LISTED} of them and then how many more: a message about one
   * part never grows with the number of parts, so a description with n parts cannot print n² names.
   */
  static String list(java.util.Collection<String> names) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (String name : names) {
      if (i == LISTED) {
        return sb.append(" and ").append(names.size() - LISTED).append(" more").toString();
      }
      sb.append(i++ == 0 ? "" : ", ").append(name);
    }
    return sb.toString();
  }

  /** {@code n} and the noun in the right number: "1 container", "3 containers". */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
