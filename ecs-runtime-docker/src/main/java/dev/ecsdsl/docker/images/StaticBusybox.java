package dev.ecsdsl.docker.images;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host's statically linked busybox binary, the one file the test images are made of. A dynamically
 * linked busybox would not run in a {@code FROM scratch} image (no loader, no libc), so only an ELF
 * executable without a {@code PT_INTERP} program header counts.
 *
 * @param path where the binary is
 * @param content the binary
 * @param sha256 hex SHA-256 of the binary, what cached images are recognised by
 * @param version busybox's version as the binary states it, e.g. {@code 1.35.0}; {@code unknown} if it does not
 */
record StaticBusybox(Path path, byte[] content, String sha256, String version) {
  /** Overrides where to look: the path of a static busybox binary. */
  static final String PATH_VARIABLE = "ECS_DSL_BUSYBOX";
  /** Debian's and Ubuntu's package with a static busybox at {@code /bin/busybox}. */
  static final String PACKAGE = "busybox-static";
  private static final List<Path> CANDIDATES = List.of(Path.of("/bin/busybox"), Path.of("/usr/bin/busybox"),
      Path.of("/usr/local/bin/busybox"));
  private static final int PT_INTERP = 3;
  private static final Pattern VERSION = Pattern.compile("BusyBox v(\\d+\\.\\d+(?:\\.\\d+)?)");

  /**
   * The binary named by {@code ECS_DSL_BUSYBOX}, else the first static one of {@code /bin/busybox},
   * {@code /usr/bin/busybox}, {@code /usr/local/bin/busybox}.
   *
   * @throws IllegalStateException when there is none, naming the package that installs one
   */
  static StaticBusybox find() {
    String override = System.getenv(PATH_VARIABLE);
    List<Path> candidates = override == null || override.isBlank() ? CANDIDATES : List.of(Path.of(override));
    List<String> rejected = new ArrayList<>();
    for (Path candidate : candidates) {
      if (!Files.isRegularFile(candidate)) {
        continue;
      }
      try {
        byte[] content = Files.readAllBytes(candidate);
        Optional<String> problem = staticElfProblem(content);
        if (problem.isPresent()) {
          rejected.add(candidate + " " + problem.get());
          continue;
        }
        return new StaticBusybox(candidate, content, sha256(content), version(content));
      } catch (IOException e) {
        rejected.add(candidate + " cannot be read (" + e.getMessage() + ")");
      }
    }
    throw new IllegalStateException("No statically linked busybox found to build the test images from"
        + (rejected.isEmpty() ? " (looked at " + candidates + ")" : ": " + String.join("; ", rejected))
        + ". Install Debian's " + PACKAGE + " package (apt-get install -y " + PACKAGE + "; bin/setup-docker does)"
        + ", or set " + PATH_VARIABLE + " to a static busybox binary.");
  }

  /** Why {@code content} is not a statically linked ELF executable, or empty when it is one. */
  static Optional<String> staticElfProblem(byte[] content) {
    if (content.length < 64 || content[0] != 0x7f || content[1] != 'E' || content[2] != 'L' || content[3] != 'F') {
      return Optional.of("is not an ELF executable");
    }
    boolean is64 = content[4] == 2;
    ByteBuffer elf = ByteBuffer.wrap(content).order(content[5] == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    long programHeaders = is64 ? elf.getLong(0x20) : Integer.toUnsignedLong(elf.getInt(0x1c));
    int entrySize = Short.toUnsignedInt(elf.getShort(is64 ? 0x36 : 0x2a));
    int entries = Short.toUnsignedInt(elf.getShort(is64 ? 0x38 : 0x2c));
    if (entrySize < 4 || programHeaders + (long) entrySize * entries > content.length) {
      return Optional.of("has a truncated ELF header");
    }
    for (int i = 0; i < entries; i++) {
      if (elf.getInt((int) (programHeaders + (long) i * entrySize)) == PT_INTERP) {
        return Optional.of("is dynamically linked (it names a program interpreter)");
      }
    }
    return Optional.empty();
  }

  /** The version the binary states (its {@code BusyBox v1.35.0} banner), or {@code unknown}. */
  static String version(byte[] content) {
    Matcher matcher = VERSION.matcher(new String(content, StandardCharsets.ISO_8859_1));
    return matcher.find() ? matcher.group(1) : "unknown";
  }

  /** {@code major.minor} of the version (the image tag), or {@code latest} when unknown. */
  String tagVersion() {
    String[] parts = version.split("\\.");
    return parts.length >= 2 ? parts[0] + "." + parts[1] : "latest";
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
