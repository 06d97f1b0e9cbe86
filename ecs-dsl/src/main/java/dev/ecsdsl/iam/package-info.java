/**
 * IAM as ECS relies on it, over the model's {@link dev.ecsdsl.model.IamRole}: {@link PolicyEvaluator} decides
 * whether a role may call an action on a resource from its inline statements and the AWS managed policies in
 * {@link ManagedPolicies}. Identity-based policies only: conditions, {@code NotAction}/{@code NotResource},
 * resource-based policies, permission boundaries, session policies and SCPs are out of scope.
 */
package dev.ecsdsl.iam;
