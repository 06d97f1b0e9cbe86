package dev.ecsdsl.dsl;

import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.PolicyStatement;
import java.util.Arrays;
import java.util.List;

/** Describes an IAM role: who may assume it and what it allows or denies. */
public final class RoleBuilder {
  private final IamRole.Builder role = IamRole.builder();

  RoleBuilder(String roleName) {
    role.roleName(roleName);
  }

  /**
   * Service principals of the trust policy, e.g. {@link IamRole#ECS_TASKS}.
   *
   * @param servicePrincipals the principals, e.g. {@code ecs-tasks.amazonaws.com}
   * @return this builder
   */
  public RoleBuilder trustedBy(String... servicePrincipals) {
    role.addTrustedServices(servicePrincipals);
    return this;
  }

  /**
   * Allow one action on the given resources ({@code *} when none are given).
   *
   * @param action the action, e.g. {@code s3:GetObject} (wildcards allowed)
   * @param resources the resource ARNs (wildcards allowed)
   * @return this builder
   */
  public RoleBuilder allow(String action, String... resources) {
    role.addStatement(PolicyStatement.allow(List.of(action), resourcesOrStar(resources)));
    return this;
  }

  /**
   * Allow the actions on the resources.
   *
   * @param actions the actions (wildcards allowed)
   * @param resources the resource ARNs (wildcards allowed)
   * @return this builder
   */
  public RoleBuilder allow(List<String> actions, List<String> resources) {
    role.addStatement(PolicyStatement.allow(actions, resources));
    return this;
  }

  /**
   * Deny one action on the given resources ({@code *} when none are given).
   *
   * @param action the action, e.g. {@code s3:DeleteObject} (wildcards allowed)
   * @param resources the resource ARNs (wildcards allowed)
   * @return this builder
   */
  public RoleBuilder deny(String action, String... resources) {
    role.addStatement(PolicyStatement.deny(List.of(action), resourcesOrStar(resources)));
    return this;
  }

  /**
   * Attach a managed policy, e.g. {@link IamRole#TASK_EXECUTION_ROLE_POLICY}.
   *
   * @param policyArn the policy's ARN
   * @return this builder
   */
  public RoleBuilder managedPolicy(String policyArn) {
    role.addManagedPolicyArn(policyArn);
    return this;
  }

  /**
   * Any statement.
   *
   * @param statement the statement
   * @return this builder
   */
  public RoleBuilder statement(PolicyStatement statement) {
    role.addStatement(statement);
    return this;
  }

  private static List<String> resourcesOrStar(String[] resources) {
    return resources.length == 0 ? List.of("*") : Arrays.asList(resources);
  }

  IamRole build() {
    return role.build();
  }
}
