package dev.ecsdsl.control.ids;

import dev.ecsdsl.model.Environment;

/**
 * ARNs of ECS resources in the account and region of a deployed description, in ECS's formats
 * ({@code arn:aws:ecs:<region>:<account>:<type>/<path>}).
 *
 * @param region the region, e.g. {@code us-east-1}
 * @param accountId the twelve-digit account id
 */
public record AccountArns(String region, String accountId) {

  /**
   * The account and region a description deploys to.
   *
   * @param environment the description
   * @return its account's ARNs
   */
  public static AccountArns of(Environment environment) {
    return new AccountArns(environment.region(), environment.accountId());
  }

  /**
   * {@return the ARN of a task}
   *
   * @param cluster the cluster's name
   * @param taskId the task's id
   */
  public String task(String cluster, String taskId) {
    return ecs("task/" + cluster + "/" + taskId);
  }

  /**
   * {@return the ARN of a container instance}
   *
   * @param cluster the cluster's name
   * @param id the container instance's id
   */
  public String containerInstance(String cluster, String id) {
    return ecs("container-instance/" + cluster + "/" + id);
  }

  /**
   * {@return the ARN of a service}
   *
   * @param cluster the cluster's name
   * @param service the service's name
   */
  public String service(String cluster, String service) {
    return ecs("service/" + cluster + "/" + service);
  }

  /**
   * {@return the ARN of a task definition revision}
   *
   * @param family the family
   * @param revision the revision, from 1
   */
  public String taskDefinition(String family, int revision) {
    return ecs("task-definition/" + family + ":" + revision);
  }

  /**
   * {@return the ARN of a daemon task definition revision}
   *
   * @param family the family
   * @param revision the revision, from 1
   */
  public String daemonTaskDefinition(String family, int revision) {
    return ecs("daemon-task-definition/" + family + ":" + revision);
  }

  /**
   * {@return the ARN of a service deployment}
   *
   * @param cluster the cluster's name
   * @param service the service's name
   * @param id the deployment's id (its part after {@code ecs-svc/})
   */
  public String serviceDeployment(String cluster, String service, String id) {
    return ecs("service-deployment/" + cluster + "/" + service + "/" + id);
  }

  /**
   * {@return the ARN of a service revision}
   *
   * @param cluster the cluster's name
   * @param service the service's name
   * @param id the revision's id
   */
  public String serviceRevision(String cluster, String service, String id) {
    return ecs("service-revision/" + cluster + "/" + service + "/" + id);
  }

  private String ecs(String resource) {
    return "arn:aws:ecs:" + region + ":" + accountId + ":" + resource;
  }
}
