package dev.ecsdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.json.JsonRules;
import dev.ecsdsl.validation.Rule;
import dev.ecsdsl.validation.RuleCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code docs/RULES.md} lists every rule with its documentation page and is what the rules make of it. */
class RulesDocumentTest {

  @Test
  void everyRuleIsListedWithItsDocumentationPage() {
    String doc = RulesDocument.markdown();
    List<Rule> all = new ArrayList<>(RuleCatalogue.all());
    all.addAll(JsonRules.all());
    all.addAll(FileRules.all());
    assertThat(all).allSatisfy(r -> assertThat(doc).contains("| `" + r.id() + "` | " + r.severity() + " | ")
        .contains("[doc](" + r.docUrl() + ")"));
  }

  @Test
  void theCommittedDocumentIsUpToDate() throws IOException {
    Path committed = Path.of("..", "docs", "RULES.md");
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("docs/RULES.md is stale: run 'mvn -pl ecs-dsl process-classes' and commit it")
        .isEqualTo(RulesDocument.markdown());
  }
}
