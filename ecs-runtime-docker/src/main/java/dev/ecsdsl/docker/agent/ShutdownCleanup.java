package dev.ecsdsl.docker.agent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM shutdown hook that cleans up after a run the program never closed (it called {@code System.exit},
 * or returned from {@code main} with the runtime still open). Registered when the agent is made and
 * deregistered when it is closed, so a closed agent leaves no hook behind. It cannot help against
 * {@code kill -9} or a JVM crash: {@link DockerCleanup#removeAbandoned} clears those later.
 */
final class ShutdownCleanup {
  private static final Logger LOG = LoggerFactory.getLogger(ShutdownCleanup.class);
  private final Thread hook;
  private boolean registered;

  /** A hook named {@code ecs-dsl-docker-<runId>-shutdown} that runs {@code cleanup}. */
  ShutdownCleanup(String runId, Runnable cleanup) {
    this.hook = new Thread(() -> {
      LOG.info("the JVM exits with run {} open; removing what it created", runId);
      cleanup.run();
    }, "ecs-dsl-docker-" + runId + "-shutdown");
  }

  /** Registers the hook. */
  synchronized void register() {
    if (!registered) {
      Runtime.getRuntime().addShutdownHook(hook);
      registered = true;
    }
  }

  /** Deregisters the hook; nothing to do while the JVM is shutting down (the hook is running or ran). */
  synchronized void deregister() {
    if (!registered) {
      return;
    }
    registered = false;
    if (Thread.currentThread() == hook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      LOG.debug("the JVM is shutting down; its hooks stay");
    }
  }

  /** The hook's thread (for tests: registered or not). */
  Thread hook() {
    return hook;
  }
}
