package dev.ecsdsl.iam;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IAM's wildcard matching. Actions ("IAM JSON policy elements: Action"): the prefix and the action name are case
 * insensitive; {@code *} matches any run of characters and {@code ?} any single character. Resources ("IAM JSON
 * policy elements: Resource"): case sensitive; the wildcards work within one colon-separated ARN segment, except
 * that a {@code *} that ends a segment may expand beyond the colons.
 */
final class Wildcards {
  private Wildcards() {}

  /** Whether an action pattern such as {@code s3:Get*} matches an action such as {@code s3:GetObject}. */
  static boolean actionMatches(String pattern, String action) {
    return compile(pattern.toLowerCase(Locale.ROOT), false).matcher(action.toLowerCase(Locale.ROOT)).matches();
  }

  /** Whether a resource pattern such as {@code arn:aws:s3:::bucket/*} matches a resource ARN. */
  static boolean resourceMatches(String pattern, String resource) {
    return pattern.equals("*") || compile(pattern, true).matcher(resource).matches();
  }

  private static Pattern compile(String pattern, boolean segmented) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '*' && c != '?') {
        literal.append(c);
        continue;
      }
      if (literal.length() > 0) {
        regex.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
      }
      boolean endsSegment = i + 1 == pattern.length() || pattern.charAt(i + 1) == ':';
      if (c == '*') {
        regex.append(!segmented || endsSegment ? ".*" : "[^:]*");
      } else {
        regex.append(segmented ? "[^:]" : ".");
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
