package dev.ecsdsl.control.api;

import java.util.function.Supplier;

/**
 * Where a call on the control plane runs: the control plane has one thread, its event loop's. In memory the caller
 * is that thread ({@link #DIRECT}); on Docker each call is handed to the loop and waited for.
 */
@FunctionalInterface
public interface OnLoop {
  /** Calls run on the caller's thread (the in-memory runtime, whose caller drives the loop). */
  OnLoop DIRECT = Supplier::get;

  /**
   * Runs a call on the control plane's thread and returns its result (or throws what it threw).
   *
   * @param call the call
   * @param <T> its result type
   * @return its result
   */
  <T> T call(Supplier<T> call);
}
