package dev.ecsdsl.examples.tour;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, headless, as a subprocess: loads a page, runs its scripts and returns the DOM as the
 * browser left it. Each call has a profile of its own in a temporary folder, and ends every process that
 * carries that profile and removes the folder before it returns.
 */
public final class HeadlessChromium {
  private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  /** The browser, when one is installed. */
  public static Optional<HeadlessChromium> find() {
    return CANDIDATES.stream().filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
  }

  /** The DOM of {@code page} once its scripts ran ({@code --dump-dom}). */
  public String dumpDom(Path page, Duration timeout) throws IOException, InterruptedException {
    return dumpDom(page, timeout, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** The same, with the browser's profile and output in a temporary folder inside {@code tempRoot}. */
  String dumpDom(Path page, Duration timeout, Path tempRoot) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory(tempRoot, "ecs-dsl-chromium");
    Path profile = work.resolve("profile");
    Path dom = work.resolve("dom.html");
    Path log = work.resolve("stderr.log");
    Process process = null;
    try {
      process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile, "--dump-dom",
          page.toAbsolutePath().toUri().toString())
          .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("chromium did not finish within " + timeout + "; its log:\n" + tail(log));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("chromium exited with " + process.exitValue() + "; its log:\n" + tail(log));
      }
      return Files.readString(dom, StandardCharsets.UTF_8);
    } finally {
      if (process != null) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
      }
      withProfile(profile).forEach(ProcessHandle::destroyForcibly);
      MoreFiles.deleteRecursively(work, RecursiveDeleteOption.ALLOW_INSECURE);
    }
  }

  /** The processes still running with a profile in {@code folder} (helpers chromium may leave behind). */
  static List<ProcessHandle> withProfile(Path folder) {
    String marker = "--user-data-dir=" + folder;
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(args -> List.of(args).stream().anyMatch(a -> a.startsWith(marker)))
            .orElse(false) || p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .toList();
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }
}
