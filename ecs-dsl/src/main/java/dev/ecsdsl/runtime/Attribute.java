package dev.ecsdsl.runtime;

import java.util.Objects;

/**
 * An attribute of a container instance, as PutAttributes, DeleteAttributes and ListAttributes carry it.
 * ECS API: {@code Attribute} (target type {@code container-instance}).
 *
 * @param name the attribute's name, e.g. {@code stack}; {@code ecs.}-prefixed names are ECS's own
 * @param value its value; empty for an attribute without one
 * @param targetId the container instance: its ARN, id or EC2 instance id (results carry the ARN)
 */
public record Attribute(String name, String value, String targetId) {

  /**
   * Rejects nulls.
   *
   * @param name the attribute's name
   * @param value its value; empty for an attribute without one
   * @param targetId the container instance: its ARN, id or EC2 instance id
   */
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(targetId, "targetId");
  }
}
