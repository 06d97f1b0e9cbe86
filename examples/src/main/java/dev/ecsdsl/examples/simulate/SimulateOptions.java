package dev.ecsdsl.examples.simulate;

import dev.ecsdsl.cloudformation.TemplateOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@code bin/ecs-dsl simulate}: the template, the values it needs ({@code --parameter K=V},
 * {@code --import NAME=V}, {@code --attribute Logical.Attr=V}, {@code --stack-name}, {@code --region}), how long to
 * play ({@code --for 1h}), the request rate on each load balancer ({@code --requests 20}), the seed and the report.
 *
 * @param template the template file
 * @param values what the template needs from outside
 * @param duration how much simulated time to play after the deploy
 * @param requestsPerSecond requests a second sent to each load balancer listener
 * @param seed the runtime's seed
 * @param report where the HTML report goes
 */
public record SimulateOptions(Path template, TemplateOptions values, Duration duration, int requestsPerSecond,
    long seed, Path report) {
  /** Where the report goes unless {@code --report} says. */
  public static final Path DEFAULT_REPORT = Path.of("target", "ecs-dsl-simulate.html");
  /** The longest time {@code --for} may ask for. */
  public static final Duration MAX_DURATION = Duration.ofDays(7);

  /** A usage error: what is wrong with the arguments. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Parses the words after {@code simulate}.
   *
   * @param args the words
   * @return the options
   * @throws UsageException naming what is wrong
   */
  public static SimulateOptions parse(List<String> args) throws UsageException {
    Path template = null;
    TemplateOptions values = TemplateOptions.defaults();
    Duration duration = Duration.ofHours(1);
    int requests = 20;
    long seed = 42;
    Path report = DEFAULT_REPORT;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        if (template != null) {
          throw new UsageException("one template at a time; got " + template + " and " + arg);
        }
        template = Path.of(arg);
        continue;
      }
      if (i + 1 >= args.size()) {
        throw new UsageException(arg + " needs a value");
      }
      String value = args.get(++i);
      switch (arg) {
        case "--parameter" -> values = values.withParameter(key(arg, value), value.substring(value.indexOf('=') + 1));
        case "--import" -> values = values.withImport(key(arg, value), value.substring(value.indexOf('=') + 1));
        case "--attribute" -> values = values.withAttribute(key(arg, value), value.substring(value.indexOf('=') + 1));
        case "--stack-name" -> values = values.withStackName(value);
        case "--region" -> values = values.withRegion(value);
        case "--for" -> duration = duration(value);
        case "--requests" -> requests = number(arg, value, 0, 10_000);
        case "--seed" -> seed = number(arg, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        case "--report" -> report = Path.of(value).toAbsolutePath();
        default -> throw new UsageException("unknown option " + arg);
      }
    }
    if (template == null) {
      throw new UsageException("give the template to simulate");
    }
    return new SimulateOptions(template, values, duration, requests, seed, report);
  }

  private static String key(String option, String value) throws UsageException {
    int eq = value.indexOf('=');
    if (eq <= 0) {
      throw new UsageException(option + " takes NAME=VALUE, got '" + value + "'");
    }
    return value.substring(0, eq);
  }

  /** {@code 90s}, {@code 30m}, {@code 1h}, {@code 2d}, or an ISO-8601 duration ({@code PT1H30M}). */
  static Duration duration(String text) throws UsageException {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Duration d;
    try {
      if (t.startsWith("p")) {
        d = Duration.parse(t.toUpperCase(Locale.ROOT));
      } else {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        d = switch (t.charAt(t.length() - 1)) {
          case 's' -> Duration.ofSeconds(n);
          case 'm' -> Duration.ofMinutes(n);
          case 'h' -> Duration.ofHours(n);
          case 'd' -> Duration.ofDays(n);
          default -> throw new NumberFormatException();
        };
      }
    } catch (RuntimeException e) {
      throw new UsageException("--for takes a duration such as 90s, 30m, 1h or 2d; got '" + text + "'");
    }
    if (d.isNegative() || d.isZero() || d.compareTo(MAX_DURATION) > 0) {
      throw new UsageException("--for must be more than nothing and at most 7d; got " + text);
    }
    return d;
  }

  private static int number(String option, String value, int min, int max) throws UsageException {
    try {
      int n = Integer.parseInt(value.trim());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " takes a whole number from " + min + " to " + max + "; got '" + value + "'");
    }
  }
}
