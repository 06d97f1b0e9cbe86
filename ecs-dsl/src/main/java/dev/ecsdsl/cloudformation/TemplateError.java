package dev.ecsdsl.cloudformation;

/**
 * One problem found while evaluating or mapping a template value, thrown from where it is found and turned
 * into a {@code Problem} by whoever reads the resource: the template path, the rule, what is wrong (the
 * message) and what to do (the fix).
 */
final class TemplateError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String path;
  private final String rule;
  private final String fix;
  private final boolean warning;

  TemplateError(String path, String rule, String message, String fix) {
    this(path, rule, message, fix, false);
  }

  private TemplateError(String path, String rule, String message, String fix, boolean warning) {
    super(message, null, false, false);
    this.path = path;
    this.rule = rule;
    this.fix = fix;
    this.warning = warning;
  }

  /** The same problem as a warning. */
  TemplateError asWarning() {
    return new TemplateError(path, rule, getMessage(), fix, true);
  }

  String path() {
    return path;
  }

  String rule() {
    return rule;
  }

  String fix() {
    return fix;
  }

  boolean isWarning() {
    return warning;
  }

  /** Whether the value exists but cannot be known offline (rather than being wrong). */
  boolean isUnknowable() {
    return rule.equals(TemplateRules.UNKNOWABLE_VALUE) || rule.equals(TemplateRules.MISSING_PARAMETER);
  }
}
