package dev.ecsdsl.docker.endpoints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the ECS agent does so that containers reach its endpoints at ECS's link-local address: a NAT rule
 * that sends TCP {@value TaskEndpoints#LINK_LOCAL_ADDRESS}:80, arriving from a run network's bridge, to
 * where the run's endpoints listen. The rule is scoped to that bridge, so runs side by side each reach their
 * own endpoints, and it carries the comment {@code ecs-dsl run <runId>} so that a rule a crashed run left
 * can be found and removed ({@link #removeOrphans()}: once the run's network is gone, its bridge is too).
 *
 * <p>Needs {@code iptables} and the right to change the {@code nat} table (root), and an engine on this
 * host's network stack; {@link #install} says why when it cannot.
 */
final class LinkLocalRedirect {
  private static final Logger LOG = LoggerFactory.getLogger(LinkLocalRedirect.class);
  static final String COMMENT_PREFIX = "ecs-dsl run ";
  private static final long TIMEOUT_SECONDS = 15;
  private static final Path INTERFACES = Path.of("/sys/class/net");
  private final List<String> rule;

  private LinkLocalRedirect(List<String> rule) {
    this.rule = List.copyOf(rule);
  }

  /**
   * Adds the rule for {@code network} towards {@code port} on its gateway.
   *
   * @throws IllegalStateException with iptables' own words when the rule cannot be added
   */
  static LinkLocalRedirect install(RunNetwork network, int port, String runId) {
    List<String> rule = rule(network, port, runId);
    run(command("-I", rule));
    LOG.debug("{}:80 on {} leads to {}:{}", TaskEndpoints.LINK_LOCAL_ADDRESS, network.bridgeInterface(),
        network.gateway(), port);
    return new LinkLocalRedirect(rule);
  }

  static List<String> rule(RunNetwork network, int port, String runId) {
    return List.of("PREROUTING", "-i", network.bridgeInterface(), "-d", TaskEndpoints.LINK_LOCAL_ADDRESS + "/32",
        "-p", "tcp", "--dport", "80", "-m", "comment", "--comment", COMMENT_PREFIX + runId,
        "-j", "DNAT", "--to-destination", network.gateway() + ":" + port);
  }

  /** Removes the rule; a rule already gone is no error. */
  void remove() {
    try {
      run(command("-D", rule));
    } catch (IllegalStateException e) {
      LOG.debug("removing the link-local rule failed: {}", e.getMessage());
    }
  }

  /**
   * Removes every rule of this project whose bridge no longer exists (its run's network was removed),
   * returning how many; none when iptables cannot be asked.
   */
  static int removeOrphans() {
    return removeWhere(line -> orphanBridge(line).filter(b -> !Files.exists(INTERFACES.resolve(b))).isPresent());
  }

  /** Removes the rule of run {@code runId}, whether its bridge still exists or not; returns how many. */
  static int removeRun(String runId) {
    return removeWhere(line -> orphanBridge(line).isPresent() && line.contains("\"" + COMMENT_PREFIX + runId + "\""));
  }

  private static int removeWhere(java.util.function.Predicate<String> ruleLine) {
    List<String> lines;
    try {
      lines = run(List.of("iptables", "-w", "5", "-t", "nat", "-S", "PREROUTING"));
    } catch (IllegalStateException e) {
      LOG.debug("cannot list NAT rules: {}", e.getMessage());
      return 0;
    }
    int removed = 0;
    for (String line : lines) {
      if (ruleLine.test(line)) {
        List<String> words = words(line.substring("-A ".length()));
        try {
          run(command("-D", words));
          removed++;
        } catch (IllegalStateException e) {
          LOG.debug("removing rule '{}' failed: {}", line, e.getMessage());
        }
      }
    }
    return removed;
  }

  /** The bridge of a rule this project made ({@code -A PREROUTING -i br-… … ecs-dsl run …}), if it is one. */
  static Optional<String> orphanBridge(String ruleLine) {
    if (!ruleLine.startsWith("-A PREROUTING ") || !ruleLine.contains("\"" + COMMENT_PREFIX)) {
      return Optional.empty();
    }
    List<String> words = words(ruleLine);
    int in = words.indexOf("-i");
    return in < 0 || in + 1 >= words.size() ? Optional.empty() : Optional.of(words.get(in + 1));
  }

  /** Splits {@code iptables -S} output into words, keeping a quoted comment whole (without its quotes). */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }

  private static List<String> command(String action, List<String> rule) {
    List<String> command = new ArrayList<>(List.of("iptables", "-w", "5", "-t", "nat", action));
    command.addAll(rule);
    return command;
  }

  private static List<String> run(List<String> command) {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run iptables: " + e.getMessage(), e);
    }
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("iptables did not answer within " + TIMEOUT_SECONDS + "s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("iptables failed (exit " + process.exitValue() + "): " + output.strip());
      }
      return output.lines().toList();
    } catch (IOException e) {
      throw new IllegalStateException("reading iptables' answer failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while iptables ran", e);
    }
  }
}
