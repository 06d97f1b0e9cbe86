package dev.ecsdsl.junit;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many runtimes the extension and the jqwik hook have created and not yet closed in this JVM: zero
 * between tests unless something leaks.
 */
public final class OpenRuntimes {
  private static final AtomicInteger OPEN = new AtomicInteger();

  private OpenRuntimes() {}

  /**
   * The runtimes open right now.
   *
   * @return the count
   */
  public static int count() {
    return OPEN.get();
  }

  static void opened() {
    OPEN.incrementAndGet();
  }

  static void closed() {
    OPEN.decrementAndGet();
  }
}
