package dev.ecsdsl.cli;

import static dev.ecsdsl.cli.CliRun.FARGATE;
import static dev.ecsdsl.cli.CliRun.file;
import static dev.ecsdsl.cli.CliRun.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each file gets its own verdict whatever the others are: missing, a directory, a symbolic link loop, not
 * UTF-8, or UTF-16 as Windows PowerShell 5 writes it. Only a wrong command line is a usage error (2); a failure
 * of ecs-dsl itself is 3, never 1.
 */
class ValidateFilesTest {
  @TempDir
  Path dir;

  @Test
  void aMissingFileIsAProblemOfThatFileAndTheOthersAreStillChecked() throws IOException {
    Path good = file(dir, "good.json", FARGATE);
    CliRun run = validate(dir.resolve("missing.json"), good, dir);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("missing.json: not read: INVALID (1 error, 0 warnings)")
        .contains("missing.json: ERROR (root): no such file [file-unreadable]")
        .contains("good.json: task definition web: valid")
        .contains(": ERROR (root): is a directory, not a file [file-unreadable]")
        .contains("3 files checked: 1 valid, 2 invalid");
  }

  @Test
  void aSymbolicLinkLoopIsNamedAsOne() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere.json"));
    CliRun run = validate(a, dir.resolve("dangling.json"), file(dir, "good.json", FARGATE));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("a.json: ERROR (root): is a symbolic link loop")
        .contains("dangling.json: ERROR (root): is a symbolic link to " + dir.resolve("nowhere.json") + ", which does"
            + " not exist").contains("good.json: task definition web: valid");
  }

  /** A byte that is not UTF-8 is named with its offset; the file before it still gets its verdict. */
  @Test
  void aFileThatIsNotUtf8IsAnErrorAtTheByteOffset() throws IOException {
    Path good = file(dir, "good.json", FARGATE);
    byte[] text = FARGATE.replace("nginx:1.27", "nginx:1.27-\u00e9").getBytes(StandardCharsets.UTF_8);
    int at = FARGATE.indexOf("nginx:1.27") + "nginx:1.27-".length();
    text[at] = (byte) 0xE9;
    text[at + 1] = (byte) 0x22;
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, text);
    CliRun run = validate(good, latin1);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("good.json: task definition web: valid")
        .contains("latin1.json:8:" + (at - FARGATE.lastIndexOf('\n', at)) + ": ERROR (root): is not valid UTF-8: byte"
            + " 0xE9 at byte offset " + at
            + " cannot be decoded [file-encoding]");
  }

  /** Windows PowerShell 5's {@code >} writes UTF-16 with a byte order mark: an error, but its content is still read. */
  @Test
  void utf16WithAByteOrderMarkIsAnErrorAndItsContentIsStillChecked() throws IOException {
    Path utf16 = dir.resolve("utf16.json");
    byte[] body = FARGATE.replace("awsvpc", "bridge").getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(utf16, withBom);
    CliRun run = validate(utf16);
    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).contains("utf16.json: task definition web: INVALID (2 errors, 0 warnings)")
        .contains("utf16.json:1:1: ERROR (root): is UTF-16 (little-endian, byte order mark FF FE), as Windows"
            + " PowerShell 5's > writes files, not UTF-8").contains("[fargate-requires-awsvpc]");
  }

  /** {@code validate <(envsubst < td.json)}: a pipe is read once, copied, and the copy removed. */
  @Test
  void aPipeIsReadLikeAFile() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e.getMessage());
      return;
    }
    assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(FARGATE.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    CliRun run = validate(fifo);
    writer.get(30, TimeUnit.SECONDS);
    assertThat(run.code).isZero();
    assertThat(run.out).contains("fifo: task definition web: valid");
    try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertThat(temp.filter(p -> p.getFileName().toString().startsWith("ecs-dsl-validate-"))).isEmpty();
    }
  }

  /** A bug on one file is that file's problem, the others still get their verdict, and the run exits 3. */
  @Test
  void anInternalErrorOnOneFileExitsThreeAfterEveryVerdict() throws IOException {
    InputKind exploding = new InputKind() {
      @Override
      public boolean accepts(InputFile file) {
        return file.given().getFileName().toString().startsWith("explode");
      }

      @Override
      public Document read(InputFile file, ReadContext context) {
        throw new IllegalStateException("boom");
      }
    };
    Command validate = new ValidateCommand(List.of(exploding, new EcsJsonInput()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = validate.run(List.of(file(dir, "explode.json", FARGATE).toString(),
            file(dir, "bad.json", "[]").toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(3);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("explode.json: ERROR (root): ecs-dsl failed on this file: java.lang.IllegalStateException: boom")
        .contains("bad.json: not read: INVALID");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("internal error on").contains("explode.json");
  }

  /** Whatever a command throws, an OutOfMemoryError included, the exit code is 3 and says so. */
  @Test
  void aCommandThatFailsExitsThreeNeverOne() {
    for (Throwable failure : List.of(new IllegalStateException("bug"), new OutOfMemoryError("Java heap space"))) {
      Command failing = new Command() {
        @Override
        public String name() {
          return "fail";
        }

        @Override
        public String summary() {
          return "fails";
        }

        @Override
        public String usage() {
          return "usage: fail";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
          if (failure instanceof Error e) {
            throw e;
          }
          throw (RuntimeException) failure;
        }
      };
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(List.of(failing), List.of("fail"), new PrintStream(new ByteArrayOutputStream()),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(code).isEqualTo(Command.INTERNAL).isEqualTo(3);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("ecs-dsl fail: internal error");
    }
  }
}
