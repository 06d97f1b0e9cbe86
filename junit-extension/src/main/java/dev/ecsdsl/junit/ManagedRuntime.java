package dev.ecsdsl.junit;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A runtime the extension (or the jqwik hook) created and will close: kept in an
 * {@link ExtensionContext.Store}, which closes it when its class or test ends, failed or not.
 */
public final class ManagedRuntime implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  private final EcsRuntime runtime;
  private final EcsSettings settings;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ManagedRuntime(EcsRuntime runtime, EcsSettings settings) {
    this.runtime = runtime;
    this.settings = settings;
  }

  /**
   * Creates the runtime {@code settings} ask for, with their seed.
   *
   * @param settings the runtime kind, seed and Docker policies
   * @return the open runtime
   */
  public static ManagedRuntime open(EcsSettings settings) {
    EcsRuntime runtime = switch (settings.kind()) {
      case IN_MEMORY -> InMemoryEcs.create(settings.seed());
      case DOCKER -> {
        OptionalModule.DOCKER.require("the Docker runtime (-D" + RuntimeKind.PROPERTY + "=docker or @EcsTest(runtime))");
        yield DockerSupport.create(settings.seed());
      }
      case DEFAULT -> throw new IllegalArgumentException("unresolved runtime kind");
    };
    OpenRuntimes.opened();
    return new ManagedRuntime(runtime, settings);
  }

  /**
   * The runtime.
   *
   * @return the runtime
   */
  public EcsRuntime runtime() {
    return runtime;
  }

  /**
   * What it was created with.
   *
   * @return the settings
   */
  public EcsSettings settings() {
    return settings;
  }

  /**
   * Deploys {@code environment}; on Docker, first checks that the engine holds its images unless pulls
   * are allowed.
   *
   * @param environment the environment to deploy
   */
  public void deploy(Environment environment) {
    if (settings.kind() == RuntimeKind.DOCKER && !settings.pullImages()) {
      DockerSupport.requireImages(runtime, environment);
    }
    runtime.deploy(environment);
  }

  /** Closes the runtime once. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        if (OptionalModule.API_SERVER.present()) {
          ApiServers.closeFor(runtime);
        }
        runtime.close();
      } finally {
        OpenRuntimes.closed();
      }
    }
  }

  @Override
  public String toString() {
    return runtime.getClass().getSimpleName() + " (" + settings.howToRepeat() + ")";
  }
}
