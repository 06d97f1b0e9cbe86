package dev.ecsdsl.api;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;

/** The AWS SDK's ECS client as a user configures it, pointed at an endpoint. */
final class SdkClients {
  private SdkClients() {}

  static EcsClient client(EcsApiServer server) {
    return EcsClient.builder().endpointOverride(server.endpoint()).region(Region.EU_WEST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
        .build();
  }
}
