package dev.ecsdsl.control.services;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Lambda functions lifecycle hooks name, as a test registers them: a handler per function ARN
 * ({@code hookTargetArn}). A hook whose function has no handler fails as an invocation of a missing function
 * does, and the deployment rolls back. Handlers may be registered from any thread.
 */
public final class LifecycleHookTargets {
  private final Map<String, LifecycleHookHandler> handlers = new ConcurrentHashMap<>();

  LifecycleHookTargets() {}

  /**
   * Registers (or replaces) the handler of a function.
   *
   * @param functionArn the function's ARN, as the hook's {@code hookTargetArn} names it
   * @param handler what the function does
   */
  public void register(String functionArn, LifecycleHookHandler handler) {
    handlers.put(Objects.requireNonNull(functionArn, "functionArn"), Objects.requireNonNull(handler, "handler"));
  }

  /**
   * {@return the handler of a function, if one is registered}
   *
   * @param functionArn the function's ARN
   */
  public Optional<LifecycleHookHandler> handler(String functionArn) {
    return Optional.ofNullable(handlers.get(functionArn));
  }
}
