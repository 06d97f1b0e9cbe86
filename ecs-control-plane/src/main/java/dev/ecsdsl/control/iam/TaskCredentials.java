package dev.ecsdsl.control.iam;

import dev.ecsdsl.iam.Decision;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.TaskDefinition;
import java.util.Objects;
import java.util.Optional;

/**
 * The credentials the application in a running task gets from its task role (what the AWS SDK in a container
 * finds at the task's credentials endpoint): it answers "may I call action A on resource R?". A task without a
 * task role has no application credentials at all ({@link #of} refuses it), and never the task execution role's.
 */
public final class TaskCredentials {
  private final AssumedRole session;
  private final String roleArn;

  private TaskCredentials(AssumedRole session, String roleArn) {
    this.session = session;
    this.roleArn = roleArn;
  }

  /**
   * The credentials of task {@code taskId} running {@code task} (overrides applied) in {@code env};
   * {@code instanceRole} is the role of its EC2 instance's instance profile, if any (only named in the message
   * of a task without a task role).
   *
   * @param env the environment that holds the roles
   * @param task the task definition the task runs
   * @param taskId the task's id
   * @param instanceRole the role of the instance profile, or empty
   * @return the task's credentials
   * @throws IllegalStateException when the task has no task role, or its role is not a role of the environment
   */
  public static TaskCredentials of(Environment env, TaskDefinition task, String taskId,
      Optional<IamRole> instanceRole) {
    String reference = task.taskRoleArn().orElseThrow(() -> new IllegalStateException("task " + taskId
        + " has no task role: task definition " + task.family() + " sets no taskRoleArn, so its containers get no"
        + " application credentials; set taskRoleArn to a role trusted by " + IamRole.ECS_TASKS
        + instanceRole.map(r -> " (on EC2 its containers can still reach the credentials of instance role "
            + r.roleName() + " through the instance metadata: keep that role to what the ECS agent needs)")
            .orElse("")));
    IamRole role = env.role(reference).orElseThrow(() -> new IllegalStateException("task " + taskId
        + " has task role " + reference + ", which is not a role of environment " + env.name()
        + ": its permissions are unknown"));
    return new TaskCredentials(new AssumedRole(role, env.accountId(), taskId), role.arn(env.accountId()));
  }

  /**
   * The task role's ARN.
   *
   * @return the ARN
   */
  public String roleArn() {
    return roleArn;
  }

  /**
   * The ARN of the session the task's containers act as ({@code arn:aws:sts::…:assumed-role/<role>/<task-id>}).
   *
   * @return the session ARN
   */
  public String sessionArn() {
    return session.arn();
  }

  /**
   * IAM's full decision, with the statement that made it.
   *
   * @param action the IAM action, e.g. {@code s3:GetObject}
   * @param resource the resource's ARN
   * @return the decision
   */
  public Decision decide(String action, String resource) {
    return session.decide(Objects.requireNonNull(action, "action"), Objects.requireNonNull(resource, "resource"));
  }

  /**
   * Whether the task's application may call {@code action} on {@code resource}.
   *
   * @param action the IAM action, e.g. {@code s3:GetObject}
   * @param resource the resource's ARN
   * @return true when the role allows it
   * @throws IllegalStateException when no known statement allows it but the role attaches a managed policy whose
   *     statements are not known (the answer would be a guess)
   */
  public boolean isAllowed(String action, String resource) {
    Decision decision = decide(action, resource);
    if (!decision.certain()) {
      throw new IllegalStateException("cannot tell whether role " + session.role().roleName() + " may call " + action
          + " on " + resource + ": no statement ecs-dsl knows allows it, but the role attaches managed policies whose"
          + " statements are unknown: " + decision.unknownManagedPolicies());
    }
    return decision.allowed();
  }

  /**
   * The AccessDeniedException text AWS would give for a call the task may not make.
   *
   * @param action the IAM action, e.g. {@code s3:GetObject}
   * @param resource the resource's ARN
   * @return the message
   */
  public String accessDenied(String action, String resource) {
    return session.accessDenied(action, resource);
  }

  @Override
  public String toString() {
    return "TaskCredentials{" + sessionArn() + "}";
  }
}
