package dev.ecsdsl.model;

/** Kind of capacity provider. */
public enum CapacityProviderType {
  /** Fargate. */
  FARGATE,
  /** Fargate Spot: interruptible with a two-minute warning. */
  FARGATE_SPOT,
  /** An EC2 Auto Scaling group of the cluster (an instance group). */
  AUTO_SCALING_GROUP,
  /** Amazon ECS Managed Instances: ECS launches and drains the instances ({@link ManagedInstancesProvider}). */
  MANAGED_INSTANCES;
}
