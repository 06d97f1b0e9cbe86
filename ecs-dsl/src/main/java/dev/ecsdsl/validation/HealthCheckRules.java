package dev.ecsdsl.validation;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.HealthCheck;
import java.util.List;

/** Rules about a container's health check: the command form and the documented ranges of its timings. */
final class HealthCheckRules {
  private HealthCheckRules() {}

  private static final String HEALTH_CHECK =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html";

  /** Doc: interval: between 5 and 300 seconds (default 30). */
  static final Rule INTERVAL = Rule.error("health-check-interval-range",
      "A container health check interval is 5–300 seconds", HEALTH_CHECK);

  /** Doc: timeout: between 2 and 60 seconds (default 5). */
  static final Rule TIMEOUT = Rule.error("health-check-timeout-range",
      "A container health check timeout is 2–60 seconds", HEALTH_CHECK);

  /** Doc: retries: between 1 and 10 (default 3). */
  static final Rule RETRIES = Rule.error("health-check-retries-range",
      "A container health check retries 1–10 times", HEALTH_CHECK);

  /** Doc: startPeriod: between 0 and 300 seconds (off by default). */
  static final Rule START_PERIOD = Rule.error("health-check-start-period-range",
      "A container health check startPeriod is 0–300 seconds", HEALTH_CHECK);

  /** Doc: the command array must start with CMD (run directly) or CMD-SHELL (run with the default shell). */
  static final Rule COMMAND = Rule.error("health-check-command-format",
      "A health check command starts with CMD or CMD-SHELL followed by the command", HEALTH_CHECK);

  static final List<Rule> RULES = List.of(INTERVAL, TIMEOUT, RETRIES, START_PERIOD, COMMAND);

  /** Checks the health checks of every container. */
  static void check(TaskScope s, Findings f) {
    for (ContainerDefinition c : s.td().containerDefinitions()) {
      if (c.healthCheck().isPresent()) {
        checkOne(c.healthCheck().get(), s.container(c).then("healthCheck"), f);
      }
    }
  }

  private static void checkOne(HealthCheck hc, ProblemPath path, Findings f) {
    range(hc.interval().orElse(null), 5, 300, "interval", "s", INTERVAL, path, f);
    range(hc.timeout().orElse(null), 2, 60, "timeout", "s", TIMEOUT, path, f);
    range(hc.retries().orElse(null), 1, 10, "retries", "", RETRIES, path, f);
    range(hc.startPeriod().orElse(null), 0, 300, "startPeriod", "s", START_PERIOD, path, f);
    List<String> cmd = hc.command();
    String first = cmd.isEmpty() ? "" : cmd.get(0);
    if (cmd.isEmpty()) {
      f.add(COMMAND, path.then("command"), "the health check command is empty",
          "set command to [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"] or [\"CMD\", ...]");
    } else if (!first.equals("CMD") && !first.equals("CMD-SHELL")) {
      f.add(COMMAND, path.then("command"),
          "health check command " + cmd + " starts with '" + first + "' instead of CMD or CMD-SHELL",
          "prefix the command with \"CMD-SHELL\" (run in a shell) or \"CMD\" (run directly), e.g. "
              + "[\"CMD-SHELL\", \"" + String.join(" ", cmd) + "\"]");
    } else if (cmd.size() < 2 || cmd.subList(1, cmd.size()).stream().allMatch(String::isBlank)) {
      f.add(COMMAND, path.then("command"), "health check command " + cmd + " has no command after " + first,
          "add the command to run after " + first);
    }
  }

  private static void range(Integer value, int min, int max, String field, String unit, Rule rule,
      ProblemPath path, Findings f) {
    if (value != null && (value < min || value > max)) {
      String u = unit.isEmpty() ? "" : " " + unit;
      f.add(rule, path.then(field),
          "health check " + field + " " + value + u + " is outside the allowed " + min + "–" + max + u,
          "set " + field + " between " + min + " and " + max);
    }
  }
}
