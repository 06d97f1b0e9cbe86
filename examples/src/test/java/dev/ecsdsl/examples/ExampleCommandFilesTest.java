package dev.ecsdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cli.Main;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Environment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/ecs-dsl example --out DIR}: one ECS JSON file per task definition revision and per service. */
class ExampleCommandFilesTest {
  @TempDir Path out;

  @Test
  void writesOneFilePerRevisionAndServiceThatValidateAccepts() throws IOException {
    Output example = run("example", "--out", out.toString());

    Environment shop = ShopEnvironment.build();
    assertThat(example.code()).as(example.err()).isZero();
    assertThat(files("task-definitions")).containsExactlyInAnyOrder("storefront-1.json", "orders-1.json",
        "log-agent-1.json", "nightly-report-1.json");
    assertThat(files("services")).containsExactlyInAnyOrder("storefront.json", "orders.json", "log-agent.json");
    assertThat(EcsJson.readTaskDefinition("orders-1.json", Files.readString(out.resolve(
        "task-definitions/orders-1.json"))).value()).isEqualTo(shop.taskDefinition("orders").orElseThrow());
    assertThat(EcsJson.readService("orders.json", Files.readString(out.resolve("services/orders.json"))).value())
        .satisfies(s -> assertThat(s.serviceName()).isEqualTo("orders"))
        .satisfies(s -> assertThat(s.taskDefinition()).isEqualTo(shop.services().get(1).taskDefinition()));
    assertThat(example.out()).contains("wrote 4 task definitions and 3 services to " + out)
        .contains("aws ecs register-task-definition --cli-input-json file://" + out.resolve(
            "task-definitions/storefront-1.json").toAbsolutePath())
        .contains("aws ecs create-service --cli-input-json file://");

    List<String> validate = new ArrayList<>(List.of("validate"));
    try (Stream<Path> written = Files.walk(out)) {
      written.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(validate::add);
    }
    Output validation = run(validate.toArray(String[]::new));
    assertThat(validation.code()).as(validation.out() + validation.err()).isZero();
    assertThat(validation.out()).contains("7 files checked: 7 valid");
  }

  @Test
  void anOutThatIsAFileIsAUsageError() throws IOException {
    Path file = Files.writeString(out.resolve("taken"), "x");

    Output example = run("example", "--out", file.toString());

    assertThat(example.code()).isEqualTo(2);
    assertThat(example.err()).contains("ecs-dsl example: cannot write to " + file);
  }

  @Test
  void anythingElseIsAUsageErrorThatShowsTheUsage() {
    Output example = run("example", "--output", "x");

    assertThat(example.code()).isEqualTo(2);
    assertThat(example.err()).contains("unexpected --output x").contains("usage: bin/ecs-dsl example [--out DIR]");
  }

  private List<String> files(String directory) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve(directory))) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static Output run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Output(int code, String out, String err) {}
}
