package dev.ecsdsl.control.tags;

import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.ResourceNotFoundException;

/**
 * An ECS resource ARN as the tagging calls take it: {@code cluster/<name>}, {@code service/<cluster>/<name>},
 * {@code task/<cluster>/<id>}, {@code task-definition/<family>:<revision>} or
 * {@code daemon-task-definition/<family>:<revision>} after
 * {@code arn:aws:ecs:<region>:<account>:}.
 *
 * @param arn the ARN as given
 * @param type the resource type
 * @param cluster the cluster of a service or task, else empty
 * @param name the resource's name, id or {@code family:revision}
 */
public record TaggableArn(String arn, String type, String cluster, String name) {

  /**
   * Reads an ARN.
   *
   * @param arn the ARN as given
   * @return its parts
   * @throws EcsException InvalidParameterException when it is no ECS resource ARN
   */
  public static TaggableArn parse(String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length < 6 || !parts[0].equals("arn") || !parts[2].equals("ecs")) {
      throw EcsException.invalidParameter("The ARN provided is invalid: " + arn);
    }
    String[] path = parts[5].split("/");
    return switch (path.length) {
      case 2 -> new TaggableArn(arn, path[0], "", path[1]);
      case 3 -> new TaggableArn(arn, path[0], path[1], path[2]);
      default -> throw EcsException.invalidParameter("The ARN provided is invalid: " + arn);
    };
  }

  /** {@return ResourceNotFoundException for this ARN} */
  public ResourceNotFoundException notFound() {
    return new ResourceNotFoundException("The specified resource is not found: " + arn);
  }
}
