package dev.ecsdsl.control.iam;

import dev.ecsdsl.iam.Decision;
import dev.ecsdsl.iam.PolicyEvaluator;
import dev.ecsdsl.model.IamRole;

/**
 * A role as one session assumed it (ECS assumes task and task execution roles with the task id as the session
 * name; an EC2 instance profile's session is the instance id), and the {@code AccessDeniedException} text IAM
 * gives when that session may not call an action: {@code User: arn:aws:sts::<account>:assumed-role/<role>/<session>
 * is not authorized to perform: <action> on resource: <resource> because no identity-based policy allows the
 * <action> action} (IAM User Guide, "Troubleshoot access denied error messages").
 *
 * @param role the role
 * @param accountId the account the role belongs to
 * @param session the session name
 */
record AssumedRole(IamRole role, String accountId, String session) {

  /** IAM's decision for this session. */
  Decision decide(String action, String resource) {
    return PolicyEvaluator.evaluate(role, action, resource);
  }

  /** Whether IAM certainly denies the call (an unknown managed policy might allow it: then not). */
  boolean certainlyDenied(String action, String resource) {
    Decision decision = decide(action, resource);
    return !decision.allowed() && decision.certain();
  }

  /** The session's ARN. */
  String arn() {
    return "arn:aws:sts::" + accountId + ":assumed-role/" + role.roleName() + "/" + session;
  }

  /** The AccessDeniedException IAM gives for a denied call. */
  String accessDenied(String action, String resource) {
    return "AccessDeniedException: User: " + arn() + " is not authorized to perform: " + action + " on resource: "
        + resource + " " + decide(action, resource).denialReason(action);
  }
}
