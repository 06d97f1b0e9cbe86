package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.junit.EcsSettings;
import dev.ecsdsl.junit.ManagedRuntime;
import dev.ecsdsl.junit.RuntimeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.Store;

/**
 * Runtimes that live as long as the current jqwik try: created on demand, closed when the try ends. Call
 * it only while a property runs (from a property, an arbitrary's supplier or an action chain's start).
 */
public final class TryRuntimes {
  private static final String STORE = TryRuntimes.class.getName();

  private TryRuntimes() {}

  /**
   * A new in-memory runtime, closed at the end of the current try.
   *
   * @param seed the runtime's seed
   * @return the runtime
   */
  public static InMemoryEcs inMemory(long seed) {
    ManagedRuntime runtime = ManagedRuntime.open(new EcsSettings(RuntimeKind.IN_MEMORY, seed, false, false, false));
    Store.<OfTry>getOrCreate(STORE, Lifespan.TRY, OfTry::new).get().add(runtime);
    return (InMemoryEcs) runtime.runtime();
  }

  /** The first runtime of the current try, if it has one. */
  static Optional<InMemoryEcs> current() {
    return Store.<OfTry>getOrCreate(STORE, Lifespan.TRY, OfTry::new).get().first();
  }

  /** The runtimes of one try; jqwik closes the store's value when it resets it at the end of the try. */
  private static final class OfTry implements Store.CloseOnReset {
    private final List<ManagedRuntime> runtimes = new ArrayList<>();

    synchronized void add(ManagedRuntime runtime) {
      runtimes.add(runtime);
    }

    synchronized Optional<InMemoryEcs> first() {
      return runtimes.stream().findFirst().map(r -> (InMemoryEcs) r.runtime());
    }

    @Override
    public synchronized void close() {
      RuntimeException failure = null;
      for (ManagedRuntime runtime : runtimes) {
        try {
          runtime.close();
        } catch (RuntimeException e) {
          // close the others anyway; report the first failure
          failure = failure == null ? e : failure;
        }
      }
      runtimes.clear();
      if (failure != null) {
        throw failure;
      }
    }
  }
}
