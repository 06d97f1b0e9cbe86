package dev.ecsdsl.model;

/** How targets register with a target group. */
public enum TargetType {
  /** By instance id and port (bridge and host mode; dynamic host ports). */
  INSTANCE,
  /** By IP address (awsvpc tasks, and Fargate). */
  IP;
}
