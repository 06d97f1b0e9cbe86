package dev.ecsdsl.api;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.ecs.EcsClient;

/**
 * Per test: an in-memory runtime with a description deployed ({@link AwsSdkTest#shop()} unless given), the endpoint in front of it and
 * the AWS SDK's client pointed at it; all closed after the test. Register with {@code @RegisterExtension}.
 */
final class SdkEndpoint implements BeforeEachCallback, AfterEachCallback {
  private final long seed;
  private final ClockMode clock;
  private final Environment environment;
  private InMemoryEcs ecs;
  private EcsApiServer server;
  private EcsClient client;

  SdkEndpoint(long seed, ClockMode clock) {
    this(seed, clock, AwsSdkTest.shop());
  }

  SdkEndpoint(long seed, ClockMode clock, Environment environment) {
    this.seed = seed;
    this.clock = clock;
    this.environment = environment;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ecs = InMemoryEcs.create(seed);
    ecs.deploy(environment);
    server = EcsApiServer.start(ecs, clock);
    client = SdkClients.client(server);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    client.close();
    server.close();
    ecs.close();
  }

  InMemoryEcs ecs() {
    return ecs;
  }

  EcsApiServer server() {
    return server;
  }

  EcsClient client() {
    return client;
  }
}
