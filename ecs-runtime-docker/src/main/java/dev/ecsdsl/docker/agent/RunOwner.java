package dev.ecsdsl.docker.agent;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The process a run belongs to, as labels on everything the run creates ({@link DockerLabels#PID} and
 * friends), and the judgement a later agent makes from them: is that process gone, so that what it left
 * may be removed?
 *
 * <p>A pid alone says little: pids are reused, and processes in other containers or on other machines
 * that share the engine have pids this process cannot see. So an owner is also named by when its process
 * started, its host name, its kernel boot and its pid namespace. A run counts as {@linkplain
 * Liveness#GONE gone} only when this process can be sure: same host and same pid namespace (so it sees
 * the owner's pids), and no process with that pid, or one that started at another time; or the same host
 * name on a kernel booted since. Anything else (another host, another pid namespace, labels missing) is
 * {@linkplain Liveness#UNKNOWN unknown} and left alone.
 *
 * @param pid the process id
 * @param startMillis when the process started, in milliseconds since the epoch; empty where the platform
 *     does not say
 * @param host the host name
 * @param bootId the kernel boot id; empty where there is none (not Linux)
 * @param pidNamespace the pid namespace, e.g. {@code pid:[4026531836]}; empty where unknown
 */
public record RunOwner(long pid, Optional<Long> startMillis, String host, String bootId, String pidNamespace) {
  /** What a run's owner looks like from this process. */
  public enum Liveness {
    /** The owner process runs: its run is in use. */
    ALIVE,
    /** The owner process has ended (crashed, killed, or the host rebooted): its run may be removed. */
    GONE,
    /** This process cannot tell (another host or pid namespace, or no owner labels): leave it. */
    UNKNOWN
  }

  private static final Path BOOT_ID_FILE = Path.of("/proc/sys/kernel/random/boot_id");
  private static final Path PID_NAMESPACE_LINK = Path.of("/proc/self/ns/pid");
  private static final Path HOSTNAME_FILE = Path.of("/proc/sys/kernel/hostname");
  private static volatile RunOwner current;

  /**
   * Checks the components.
   *
   * @param pid the process id, above 0
   * @param startMillis the start time in milliseconds; null counts as empty
   * @param host the host name; null counts as {@code ""}
   * @param bootId the boot id; null counts as {@code ""}
   * @param pidNamespace the pid namespace; null counts as {@code ""}
   */
  public RunOwner {
    if (pid <= 0) {
      throw new IllegalArgumentException("pid must be positive, was " + pid);
    }
    startMillis = startMillis == null ? Optional.empty() : startMillis;
    host = host == null ? "" : host;
    bootId = bootId == null ? "" : bootId;
    pidNamespace = pidNamespace == null ? "" : pidNamespace;
  }

  /**
   * This JVM's process.
   *
   * @return the owner
   */
  public static RunOwner current() {
    RunOwner owner = current;
    if (owner == null) {
      ProcessHandle self = ProcessHandle.current();
      owner = new RunOwner(self.pid(), self.info().startInstant().map(Instant::toEpochMilli), currentHostName(),
          read(BOOT_ID_FILE), currentPidNamespace());
      current = owner;
    }
    return owner;
  }

  /**
   * The owner labels ({@link DockerLabels#PID}, …).
   *
   * @return the labels by name
   */
  public Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(DockerLabels.PID, Long.toString(pid));
    labels.put(DockerLabels.PID_START, startMillis.map(String::valueOf).orElse(""));
    labels.put(DockerLabels.HOST, host);
    labels.put(DockerLabels.BOOT_ID, bootId);
    labels.put(DockerLabels.PID_NAMESPACE, pidNamespace);
    return labels;
  }

  /**
   * The run's labels: {@link DockerLabels#RUN} and the owner's.
   *
   * @param runId the run's id
   * @return the labels by name
   */
  public Map<String, String> labels(String runId) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(DockerLabels.RUN, runId);
    labels.putAll(labels());
    return labels;
  }

  /**
   * The owner named by an object's labels; empty when they name none (or not readably).
   *
   * @param labels a Docker object's labels
   * @return the owner, or empty
   */
  public static Optional<RunOwner> fromLabels(Map<String, String> labels) {
    if (labels == null) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(labels.getOrDefault(DockerLabels.PID, ""));
      String start = labels.getOrDefault(DockerLabels.PID_START, "");
      return Optional.of(new RunOwner(pid, start.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(start)),
          labels.get(DockerLabels.HOST), labels.get(DockerLabels.BOOT_ID), labels.get(DockerLabels.PID_NAMESPACE)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code owner} (of some run) is alive, as far as this process can tell.
   *
   * @param owner the owner of a run
   * @return alive, gone or unknown
   */
  public Liveness liveness(RunOwner owner) {
    return liveness(owner, pid -> ProcessHandle.of(pid)
        .map(h -> h.info().startInstant().map(Instant::toEpochMilli).orElse(-1L)).orElse(null));
  }

  /**
   * The judgement, with {@code processStart} telling for a pid when its process started (-1 when the
   * platform does not say) or {@code null} when there is no such process.
   */
  Liveness liveness(RunOwner owner, LongFunction<Long> processStart) {
    if (host.isEmpty() || !host.equals(owner.host)) {
      return Liveness.UNKNOWN;
    }
    if (!bootId.isEmpty() && !owner.bootId.isEmpty() && !bootId.equals(owner.bootId)) {
      // Same host name, another boot of the kernel: every process of that boot has ended.
      return Liveness.GONE;
    }
    if (pidNamespace.isEmpty() || !pidNamespace.equals(owner.pidNamespace)) {
      // Another container with the same host name: its processes are not ours to see.
      return Liveness.UNKNOWN;
    }
    Long started = processStart.apply(owner.pid);
    if (started == null) {
      return Liveness.GONE;
    }
    if (owner.startMillis.isPresent() && started >= 0 && started.longValue() != owner.startMillis.get()) {
      return Liveness.GONE;
    }
    return Liveness.ALIVE;
  }

  private static String currentHostName() {
    String name = read(HOSTNAME_FILE);
    if (!name.isEmpty()) {
      return name;
    }
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "";
    }
  }

  private static String currentPidNamespace() {
    try {
      return Files.readSymbolicLink(PID_NAMESPACE_LINK).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return "";
    }
  }

  private static String read(Path file) {
    try {
      return Files.isReadable(file) ? Files.readString(file).strip() : "";
    } catch (IOException | SecurityException e) {
      return "";
    }
  }
}
