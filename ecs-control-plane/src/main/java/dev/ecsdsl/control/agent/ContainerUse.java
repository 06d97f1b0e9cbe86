package dev.ecsdsl.control.agent;

/**
 * What a running container uses now, as fractions of what its task definition reserves for it (the CPU
 * units and memory ECS's service metrics divide by); a fraction may exceed 1.
 *
 * @param cpu CPU used, as a fraction of the container's CPU reservation
 * @param memory memory used, as a fraction of the container's memory reservation
 */
public record ContainerUse(double cpu, double memory) {}
