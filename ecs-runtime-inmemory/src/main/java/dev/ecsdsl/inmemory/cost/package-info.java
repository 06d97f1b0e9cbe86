/**
 * What a simulated run would cost on AWS: {@link CostReport} bills EC2 instance-hours and their root volumes, and
 * Fargate vCPU-hours and GB-hours (with the Fargate Spot discount), from a {@link PriceTable} whose defaults are
 * us-east-1 list prices and which a user can override.
 */
package dev.ecsdsl.inmemory.cost;
