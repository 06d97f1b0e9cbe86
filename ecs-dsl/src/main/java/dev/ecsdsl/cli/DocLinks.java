package dev.ecsdsl.cli;

import dev.ecsdsl.json.JsonRules;
import dev.ecsdsl.validation.Rule;
import dev.ecsdsl.validation.RuleCatalogue;
import java.util.Optional;

/** The rule of a problem's id, wherever it is listed: ECS's rules, reading ECS JSON, or files. */
final class DocLinks {
  private DocLinks() {}

  /** The rule with that id, if one is listed. */
  static Optional<Rule> rule(String id) {
    return RuleCatalogue.find(id).or(() -> JsonRules.find(id)).or(() -> FileRules.find(id));
  }
}
