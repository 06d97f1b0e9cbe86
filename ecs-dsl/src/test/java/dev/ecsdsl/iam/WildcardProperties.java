package dev.ecsdsl.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** IAM's wildcards against generated actions and ARNs: what must match, and what must not. */
class WildcardProperties {

  @Provide
  Arbitrary<String> actions() {
    Arbitrary<String> service = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
    Arbitrary<String> name = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
    return service.flatMap(s -> name.map(n -> s + ":" + n));
  }

  @Provide
  Arbitrary<String> arns() {
    Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '/')
        .ofMinLength(1).ofMaxLength(10);
    return part.list().ofSize(4).map(p -> "arn:aws:" + p.get(0) + ":" + p.get(1) + ":" + p.get(2) + ":" + p.get(3));
  }

  @Property
  void anActionMatchesItselfInAnyCaseAndItsServiceStar(@ForAll("actions") String action) {
    String service = action.substring(0, action.indexOf(':'));
    assertThat(Wildcards.actionMatches(action.toUpperCase(Locale.ROOT), action)).isTrue();
    assertThat(Wildcards.actionMatches(service + ":*", action)).isTrue();
    assertThat(Wildcards.actionMatches("*", action)).isTrue();
    assertThat(Wildcards.actionMatches(service + "x:*", action)).isFalse();
  }

  @Property
  void eachQuestionMarkStandsForExactlyOneCharacter(@ForAll("actions") String action) {
    String service = action.substring(0, action.indexOf(':') + 1);
    String name = action.substring(service.length());
    assertThat(Wildcards.actionMatches(service + "?".repeat(name.length()), action)).isTrue();
    assertThat(Wildcards.actionMatches(service + "?".repeat(name.length() + 1), action)).isFalse();
  }

  @Property
  void aResourceMatchesItselfAndAStarEndingItsSegmentsButNotAnotherCase(@ForAll("arns") String arn) {
    assertThat(Wildcards.resourceMatches(arn, arn)).isTrue();
    assertThat(Wildcards.resourceMatches("*", arn)).isTrue();
    assertThat(Wildcards.resourceMatches(arn.substring(0, arn.lastIndexOf(':') + 1) + "*", arn)).isTrue();
    String upper = arn.toUpperCase(Locale.ROOT);
    assertThat(Wildcards.resourceMatches(upper, arn)).isEqualTo(upper.equals(arn));
  }
}
