package dev.ecsdsl.iam;

import dev.ecsdsl.model.PolicyStatement;
import java.util.List;
import java.util.Optional;

/**
 * What IAM decides for one request: allowed, explicitly denied by a Deny statement, or implicitly denied
 * because no Allow statement matches. An implicit deny of a role that attaches managed policies of unknown
 * content is not certain: they might allow the request ({@link #certain()}).
 *
 * @param outcome the decision
 * @param statement the statement that decided it (the Deny, or the first matching Allow); empty for an implicit deny
 * @param policy where that statement is: {@code inline} or the managed policy's ARN; empty for an implicit deny
 * @param unknownManagedPolicies managed policies of the role whose statements are not known
 */
public record Decision(Outcome outcome, Optional<PolicyStatement> statement, Optional<String> policy,
    List<String> unknownManagedPolicies) {

  /** IAM's three outcomes. */
  public enum Outcome {
    /** A matching Allow statement and no matching Deny. */
    ALLOWED,
    /** A matching Deny statement (it wins over every Allow). */
    EXPLICIT_DENY,
    /** No matching statement: denied by default. */
    IMPLICIT_DENY
  }

  /**
   * Copies the list.
   *
   * @param outcome the decision
   * @param statement the statement that decided it; empty for an implicit deny
   * @param policy {@code inline} or the managed policy's ARN; empty for an implicit deny
   * @param unknownManagedPolicies managed policies of the role whose statements are not known
   */
  public Decision {
    unknownManagedPolicies = List.copyOf(unknownManagedPolicies);
  }

  /** {@return whether the request is allowed} */
  public boolean allowed() {
    return outcome == Outcome.ALLOWED;
  }

  /** {@return whether the decision holds whatever the unknown managed policies say} */
  public boolean certain() {
    return outcome != Outcome.IMPLICIT_DENY || unknownManagedPolicies.isEmpty();
  }

  /**
   * {@return the reason IAM gives in an AccessDeniedException: an explicit deny, or no identity-based policy}
   *
   * @param action the action that was denied, such as {@code s3:GetObject}
   */
  public String denialReason(String action) {
    return outcome == Outcome.EXPLICIT_DENY
        ? "with an explicit deny in an identity-based policy"
        : "because no identity-based policy allows the " + action + " action";
  }
}
