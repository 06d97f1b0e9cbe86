package dev.ecsdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/ecs-dsl validate} against 150 ECS JSON files other people wrote, in 51 public repositories
 * (AWS's own samples and developer guide among them), each with the verdict the AWS documentation gives it
 * ({@code ../shared/corpus/wild-ecs-json/}: {@code verdicts.tsv} for single files, {@code pairs.tsv} for a
 * task definition checked with its service; the corpus README says what each verdict means). The corpus is
 * third-party data and stays where it is: the test reads it when it is there and is skipped otherwise.
 *
 * <p>Valid files must pass (warnings allowed): a team puts a validator in CI only if it never fails a good
 * file. Invalid ones must fail for the reason the corpus gives, which the expected rule below encodes;
 * templates and other documents must fail with an error.
 */
class WildCorpusTest {
  /** The rule that must report each invalid file or pair, from the corpus's {@code why}. */
  private static final Map<String, String> REASONS = Map.of(
      "2-chanhee__ecs-on-fargate-infrastructure__task-definition.json", "json-wrong-type",
      "AlexDiru__rust-backend-aws__.aws_task-definition.json", "host-port-must-equal-container-port",
      "Banbury-inc__banbury-cloud-backend__.aws_task-definition.json", "container-memory-exceeds-task-memory",
      "awsdocs__amazon-ecs-developer-guide__doc_source_example_task_definitions.md.block7.json",
      "ec2-container-memory-required",
      "awsdocs__amazon-ecs-developer-guide__doc_source_tutorial-wfsx-volumes.md.block1.json",
      "mount-point-unknown-volume",
      "awsdocs__amazon-ecs-developer-guide__doc_source_wfsx-volumes.md.block0.json", "mount-point-unknown-volume",
      "nkdchck__IaC-Mythical-Misfits__task-definition.json", "json-wrong-type",
      "4pits__circleci-ecs__ecs-service.json", "load-balancer-container-port",
      "RajMate__product-management-api__service-definition-prod.json", "load-balancer-container-port",
      "nkdchck__IaC-Mythical-Misfits__service-definition.json", "json-wrong-type");
  /**
   * Corpus verdicts the AWS documentation contradicts, with the rule that says why. Each is still checked: the
   * file must fail for that documented reason.
   *
   * <p>{@code json_files_create_service.json} names its cluster {@code ecs-linear-blog:ClusterName}, its service
   * {@code ecs-linear-blog:ServiceName} and its task definition {@code ecstest4:TaskDefinitionArn} (CloudFormation
   * export names that the repository's script substitutes). CreateService allows "up to 255 letters (uppercase
   * and lowercase), numbers, underscores, and hyphens" in a service name and takes "the family and revision
   * (family:revision) or full ARN of the task definition", a revision being a number, so ECS refuses the file as
   * it is: like the corpus's own {@code <CLUSTER_NAME>} template, it is a template.
   *
   * <p>{@code service-with-secrets_service_def.json} (from kecs, an ECS emulator) runs task definition
   * {@code service-with-secrets:latest}. A revision is a number (TaskDefinition.revision is an Integer); for the
   * latest ACTIVE revision CreateService takes the family alone ("If a revision isn't specified, the latest
   * ACTIVE revision is used"), and ECS refuses {@code :latest} at deploy.
   */
  private static final Map<String, String> DISPUTED = Map.of(
      "LevinDmytro2__aws-codedeploy-linear-canary-deployments-blog__json_files_create_service.json",
      "service-name-format",
      "nandemo-ya__kecs__examples_service-with-secrets_service_def.json", "task-definition-reference-format");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path corpus;

  @BeforeAll
  static void findCorpus() {
    Optional<Path> found = Stream.of(Path.of("..", "..", "shared", "corpus", "wild-ecs-json"),
            Path.of("..", "shared", "corpus", "wild-ecs-json"))
        .map(p -> p.toAbsolutePath().normalize()).filter(p -> Files.isRegularFile(p.resolve("verdicts.tsv")))
        .findFirst();
    Assumptions.assumeTrue(found.isPresent(),
        "the corpus ../shared/corpus/wild-ecs-json is not beside this checkout (CI has it)");
    corpus = found.get();
  }

  @Test
  void everyVerdictIsRight() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String[] row : rows("verdicts.tsv")) {
      String file = row[0];
      String expected = row[4];
      if (expected.equals("unsure")) {
        continue;
      }
      checked++;
      check(expected, List.of(file), file, row[5]).ifPresent(wrong::add);
    }
    long disputed = rows("verdicts.tsv").stream().filter(r -> DISPUTED.containsKey(r[0])).count();
    System.out.printf("wild corpus: %d of %d verdicts as the corpus gives them, %d disputed by the AWS documentation"
        + " (and rejected for the documented reason), %d wrong%n", checked - wrong.size() - disputed, checked,
        disputed, wrong.size());
    assertThat(wrong).as("files whose verdict is wrong").isEmpty();
  }

  @Test
  void everyPairIsRight() throws IOException {
    List<String> wrong = new ArrayList<>();
    List<String[]> rows = rows("pairs.tsv");
    for (String[] row : rows) {
      check(row[2], List.of(row[0], row[1]), row[1], row.length > 3 ? row[3] : "").ifPresent(wrong::add);
    }
    long disputed = rows.stream().filter(r -> DISPUTED.containsKey(r[1])).count();
    System.out.printf("wild corpus: %d of %d pairs as the corpus gives them, %d disputed by the AWS documentation,"
        + " %d wrong%n", rows.size() - wrong.size() - disputed, rows.size(), disputed, wrong.size());
    assertThat(wrong).as("pairs whose verdict is wrong").isEmpty();
  }

  /** What is wrong with the verdict on the files, if anything. */
  private static Optional<String> check(String expected, List<String> files, String reasonKey, String why)
      throws IOException {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "--max-problems", "1000"));
    files.forEach(f -> args.add(corpus.resolve("files").resolve(f).toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    JsonNode report = JSON.readTree(out.toString(StandardCharsets.UTF_8));
    List<String> errors = new ArrayList<>();
    report.get("problems").forEach(p -> {
      if (p.get("severity").asText().equals("error")) {
        errors.add(p.get("rule").asText() + ": " + p.get("message").asText());
      }
    });
    String said = files + " (" + expected + ": " + why + ") exit " + code + ", errors " + errors;
    if (DISPUTED.containsKey(reasonKey)) {
      String rule = DISPUTED.get(reasonKey);
      System.out.printf("wild corpus: %s is %s in the corpus, but breaks %s by the AWS documentation%n",
          reasonKey, expected, rule);
      return code == 1 && errors.stream().anyMatch(e -> e.startsWith(rule + ": ")) ? Optional.empty()
          : Optional.of(said + ", expected " + rule + " (disputed verdict)");
    }
    switch (expected) {
      case "valid", "valid-partial-cli" -> {
        return code == 0 ? Optional.empty() : Optional.of(said);
      }
      case "invalid" -> {
        String rule = REASONS.get(reasonKey);
        if (rule == null) {
          return Optional.of(said + ": the test knows no rule for this invalid entry; add its reason to REASONS");
        }
        return code == 1 && errors.stream().anyMatch(e -> e.startsWith(rule + ": ")) ? Optional.empty()
            : Optional.of(said + ", expected " + rule);
      }
      default -> {
        return code == 1 && !errors.isEmpty() ? Optional.empty() : Optional.of(said);
      }
    }
  }

  private static List<String[]> rows(String table) throws IOException {
    List<String> lines = Files.readAllLines(corpus.resolve(table), StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
  }
}
