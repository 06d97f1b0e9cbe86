package dev.ecsdsl.api;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;

/** The AWS SDK's ECS client as a user configures it, pointed at an endpoint, in the region it serves. */
final class SdkClients {
  private SdkClients() {}

  static EcsClient client(EcsApiServer server, String region) {
    return EcsClient.builder().endpointOverride(server.endpoint()).region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
        .build();
  }

  static EcsClient client(EcsApiServer server) {
    return EcsClient.builder().endpointOverride(server.endpoint()).region(Region.of(server.defaultRegion()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
        .build();
  }
}
