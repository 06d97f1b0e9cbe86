/**
 * Task placement for the in-memory control plane: which container instance takes a task, following
 * the rules ECS documents for the EC2 launch type (resources, ports, ENIs, Availability Zones,
 * {@code distinctInstance} and {@code memberOf} constraints, {@code binpack}, {@code spread} and
 * {@code random} strategies), and what each instance has left.
 *
 * <p>Entry point: {@link dev.ecsdsl.control.placement.ClusterPlacement}, one per cluster. The
 * records {@link dev.ecsdsl.control.placement.InstanceSpec} and
 * {@link dev.ecsdsl.control.placement.TaskDemand} describe what goes in;
 * {@link dev.ecsdsl.control.placement.PlacementDecision} (with its
 * {@link dev.ecsdsl.control.placement.Allocation} or its
 * {@link dev.ecsdsl.control.placement.PlacementFailure}s) and
 * {@link dev.ecsdsl.control.placement.InstanceUsage} what comes out.
 */
package dev.ecsdsl.control.placement;
