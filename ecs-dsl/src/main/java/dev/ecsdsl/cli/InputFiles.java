package dev.ecsdsl.cli;

import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Opens the files given to {@code validate}, each on its own: a file that is missing, a directory, not
 * readable, a symbolic link loop or not UTF-8 (named with the byte offset of the first invalid byte) becomes a
 * problem of that file, never the end of the run. UTF-16 and UTF-32 with a byte order mark (as Windows
 * PowerShell 5's {@code >} writes them) are an error too, but are still read, so that their other problems
 * show. Content from a pipe ({@code <(envsubst < td.json)}, {@code -} for standard input) is copied, up to
 * {@link #PIPE_LIMIT} bytes, to a temporary file that {@link #close()} removes.
 */
final class InputFiles implements AutoCloseable {
  /** How much of a file's text is handed to {@link InputKind#accepts} for telling its kind. */
  static final int HEAD_CHARS = 64 * 1024;
  /** The most bytes read from a pipe. */
  static final long PIPE_LIMIT = 64L * 1024 * 1024;
  private static final int MAX_LINKS = 40;

  private Path pipes;
  private int copies;

  /** A file that could be opened, or the problem that stops it from being read. */
  sealed interface Opened permits Readable, Unreadable {}

  /** @param file the file, ready to read */
  record Readable(InputFile file) implements Opened {}

  /** @param problem why it cannot be read */
  record Unreadable(Problem problem) implements Opened {}

  /** Opens the file given as {@code given} ({@code -} is standard input). */
  Opened open(Path given) {
    Path path = given.toString().equals("-") ? Path.of("/dev/stdin") : given;
    try {
      Optional<Problem> link = linkProblem(path);
      if (link.isPresent()) {
        return new Unreadable(link.get());
      }
      if (!Files.exists(path)) {
        return new Unreadable(FileRules.unreadable("no such file", "check the name and the working directory"));
      }
      if (Files.isDirectory(path)) {
        return new Unreadable(FileRules.unreadable("is a directory, not a file",
            "name the JSON files in it, e.g. " + given + "/*.json"));
      }
      Path content = Files.isRegularFile(path) ? path : copyPipe(path);
      if (content == null) {
        return new Unreadable(FileRules.unreadable("holds more than " + PIPE_LIMIT + " bytes (read from a pipe)",
            "give a smaller document"));
      }
      return decode(given, content);
    } catch (AccessDeniedException e) {
      return new Unreadable(FileRules.unreadable("permission denied", "make the file readable for this user"));
    } catch (NoSuchFileException e) {
      return new Unreadable(FileRules.unreadable("no such file", "check the name and the working directory"));
    } catch (FileSystemException e) {
      String reason = String.valueOf(e.getReason());
      return new Unreadable(reason.contains("symbolic links")
          ? FileRules.unreadable("is a symbolic link loop (" + reason + ")", "point the link at a real file")
          : FileRules.unreadable("cannot be read: " + reason, "make the file readable"));
    } catch (IOException e) {
      return new Unreadable(FileRules.unreadable("cannot be read: " + e.getMessage(), "make the file readable"));
    }
  }

  /** A symbolic link that loops or leads nowhere, named as such. */
  private static Optional<Problem> linkProblem(Path path) throws IOException {
    Set<Path> seen = new HashSet<>();
    Path at = path;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(at); i++) {
      if (!seen.add(at.toAbsolutePath().normalize())) {
        return Optional.of(FileRules.unreadable("is a symbolic link loop (" + path + " leads back to " + at + ")",
            "point the link at a real file"));
      }
      Path target = Files.readSymbolicLink(at);
      Path parent = at.toAbsolutePath().getParent();
      at = parent == null ? target : parent.resolve(target);
    }
    if (Files.isSymbolicLink(at)) {
      return Optional.of(FileRules.unreadable("is a chain of more than " + MAX_LINKS + " symbolic links",
          "point the link at a real file"));
    }
    if (!at.equals(path) && !Files.exists(at, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(FileRules.unreadable("is a symbolic link to " + at + ", which does not exist",
          "point the link at a real file"));
    }
    return Optional.empty();
  }

  private Path copyPipe(Path path) throws IOException {
    if (pipes == null) {
      pipes = Files.createTempDirectory("ecs-dsl-validate-");
    }
    Path copy = pipes.resolve("input-" + (++copies) + ".json");
    try (InputStream in = Files.newInputStream(path); OutputStream out = Files.newOutputStream(copy)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > PIPE_LIMIT) {
          return null;
        }
        out.write(buffer, 0, n);
      }
    }
    return copy;
  }

  /** Reads the file through once, strictly, in the encoding its first bytes tell. */
  private static Opened decode(Path given, Path content) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(content)) {
      start = in.readNBytes(4);
    }
    Encoding encoding = Encoding.of(start);
    CharsetDecoder decoder = encoding.charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder head = new StringBuilder();
    try (InputStream in = Files.newInputStream(content)) {
      in.skipNBytes(encoding.bomLength);
      ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
      CharBuffer chars = CharBuffer.allocate(64 * 1024);
      long consumed = encoding.bomLength;
      long line = 1;
      long column = 1;
      boolean eof = false;
      while (true) {
        if (!eof) {
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (eof && !result.isError()) {
          result = decoder.flush(chars);
        }
        chars.flip();
        while (chars.hasRemaining()) {
          char c = chars.get();
          if (head.length() < HEAD_CHARS) {
            head.append(c);
          }
          if (c == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        chars.clear();
        if (result.isError()) {
          long offset = consumed + bytes.position();
          int bad = bytes.get(bytes.position()) & 0xff;
          Problem problem = FileRules.encoding(
              "is not valid " + encoding.charset.name() + ": byte 0x" + String.format("%02X", bad)
                  + " at byte offset " + offset + " cannot be decoded",
              "save the file as UTF-8 (in Windows PowerShell: Set-Content -Encoding utf8), or correct the byte")
              .at(new SourceLocation(line, column));
          return new Unreadable(problem);
        }
        consumed += bytes.position();
        bytes.compact();
        if (eof && result.isUnderflow() && bytes.position() == 0) {
          break;
        }
      }
    }
    return new Readable(new InputFile(given, content, encoding.problem(), head.toString()));
  }

  /** What the first bytes of a file say about its encoding. */
  private record Encoding(Charset charset, int bomLength, Optional<Problem> problem) {
    static Encoding of(byte[] b) {
      if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
        return wrong(Charset.forName("UTF-32BE"), 4, "UTF-32 (big-endian, byte order mark 00 00 FE FF)");
      }
      if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
        return wrong(Charset.forName("UTF-32LE"), 4, "UTF-32 (little-endian, byte order mark FF FE 00 00)");
      }
      if (starts(b, 0xFE, 0xFF)) {
        return wrong(StandardCharsets.UTF_16BE, 2, "UTF-16 (big-endian, byte order mark FE FF)");
      }
      if (starts(b, 0xFF, 0xFE)) {
        return wrong(StandardCharsets.UTF_16LE, 2,
            "UTF-16 (little-endian, byte order mark FF FE), as Windows PowerShell 5's > writes files");
      }
      int bom = starts(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      return new Encoding(StandardCharsets.UTF_8, bom, Optional.empty());
    }

    private static Encoding wrong(Charset charset, int bom, String what) {
      return new Encoding(charset, bom, Optional.of(FileRules.encoding("is " + what + ", not UTF-8: the AWS CLI"
          + " reads parameter files in the system's encoding, UTF-8 on Linux and macOS, and fails on it",
          "save the file as UTF-8 (in Windows PowerShell: Get-Content f.json | Set-Content -Encoding utf8 f8.json)")
          .at(new SourceLocation(1, 1))));
    }

    private static boolean starts(byte[] bytes, int... prefix) {
      if (bytes.length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if ((bytes[i] & 0xff) != prefix[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Removes the copies of piped input. */
  @Override
  public void close() throws IOException {
    if (pipes != null) {
      try (Stream<Path> files = Files.walk(pipes)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
      pipes = null;
    }
  }
}
