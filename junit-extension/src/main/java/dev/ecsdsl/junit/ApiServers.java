package dev.ecsdsl.junit;

import dev.ecsdsl.api.EcsApiServer;
import dev.ecsdsl.runtime.EcsRuntime;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The ECS API endpoints injected for the runtimes the extension manages: one per runtime, started the
 * first time a test asks for an {@link EcsApiServer}, closed just before its runtime. Its clock is manual
 * ({@link EcsApiServer#advance}): the test's own calls on the runtime and the server's never race.
 */
final class ApiServers {
  private static final Map<EcsRuntime, EcsApiServer> SERVERS = new IdentityHashMap<>();

  private ApiServers() {}

  static synchronized EcsApiServer serverFor(EcsRuntime runtime) {
    return SERVERS.computeIfAbsent(runtime, EcsApiServer::start);
  }

  static void closeFor(EcsRuntime runtime) {
    EcsApiServer server;
    synchronized (ApiServers.class) {
      server = SERVERS.remove(runtime);
    }
    if (server != null) {
      server.close();
    }
  }
}
