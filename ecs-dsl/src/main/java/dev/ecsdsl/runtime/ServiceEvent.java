package dev.ecsdsl.runtime;

import java.time.Instant;

/**
 * A service event message, as the ECS console shows it, e.g. {@code (service web) has reached a steady
 * state.} ECS API: {@code ServiceEvent}.
 */
public record ServiceEvent(String id, Instant createdAt, String message) {}
