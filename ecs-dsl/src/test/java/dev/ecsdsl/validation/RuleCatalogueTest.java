package dev.ecsdsl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.model.NetworkMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue is complete and well-formed, and every rule in it has a test that triggers it. */
class RuleCatalogueTest {

  /** Every rule case of every rule test class. */
  static List<RuleCase> allCases() {
    List<RuleCase> all = new ArrayList<>();
    all.addAll(TaskDefinitionRuleTest.cases());
    all.addAll(VolumeRuleTest.cases());
    all.addAll(ServiceRuleTest.cases());
    all.addAll(EnvironmentRuleTest.cases());
    all.addAll(DeploymentStrategyRuleTest.cases());
    all.addAll(NewerFeatureRuleTest.cases());
    return all;
  }

  @Test
  void everyRuleInTheCatalogueIsTriggeredByATest() {
    Set<String> triggered = new TreeSet<>();
    for (RuleCase c : allCases()) {
      c.run().problems().stream().map(Problem::rule).filter(c.rule::equals).forEach(triggered::add);
    }
    Set<String> untested = new TreeSet<>(RuleCatalogue.ids());
    untested.removeAll(triggered);
    assertThat(untested).as("rules without a test that triggers them").isEmpty();
  }

  @Test
  void everyTestNamesACatalogueRule() {
    assertThat(allCases()).allSatisfy(c -> assertThat(RuleCatalogue.find(c.rule)).as(c.rule).isPresent());
  }

  @Test
  void catalogueIsWellFormed() {
    List<Rule> rules = RuleCatalogue.all();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(45);
    assertThat(rules.stream().map(Rule::id).distinct()).hasSameSizeAs(rules);
    assertThat(rules).allSatisfy(r -> {
      assertThat(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(r.description()).isNotBlank();
      assertThat(r.docUrl()).startsWith("https://docs.aws.amazon.com/");
    });
    assertThat(RuleCatalogue.bySubject().values().stream().mapToInt(List::size).sum()).isEqualTo(rules.size());
    assertThat(RuleCatalogue.get("fargate-requires-awsvpc").severity()).isEqualTo(Severity.ERROR);
    assertThat(RuleCatalogue.get("deployment-no-progress").severity()).isEqualTo(Severity.WARNING);
    assertThatThrownBy(() -> RuleCatalogue.get("no-such-rule")).hasMessageContaining("no-such-rule");
  }

  @Test
  void markdownListsEveryRule() {
    String md = RuleCatalogue.toMarkdown();
    assertThat(RuleCatalogue.ids()).allSatisfy(id -> assertThat(md).contains("`" + id + "`"));
  }

  @Test
  void aRuleCaseFailsWhenThePathIsWrong() {
    RuleCase wrong = RuleCase.rule("fargate-requires-awsvpc")
        .when(() -> Validator.validate(Fixtures.fargateTask().withNetworkMode(NetworkMode.BRIDGE)))
        .at("task definition web → somewhere else");
    assertThatThrownBy(wrong::check).isInstanceOf(AssertionError.class);
  }

  @Test
  void aRuleCaseFailsWhenAnotherRuleIsBrokenToo() {
    RuleCase impure = RuleCase.rule("fargate-requires-awsvpc")
        .when(() -> Validator.validate(Fixtures.fargateTask().withNetworkMode(NetworkMode.BRIDGE).withCpu("300")))
        .at("task definition web → networkMode");
    assertThatThrownBy(impure::check).isInstanceOf(AssertionError.class);
  }

  @Test
  void eachRuleHasItsOwnCase() {
    Set<String> withCase = allCases().stream().map(c -> c.rule).collect(Collectors.toCollection(TreeSet::new));
    assertThat(withCase).containsAll(RuleCatalogue.ids());
  }
}
