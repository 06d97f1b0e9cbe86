package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.inmemory.InMemoryEcs;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;

/** A runtime with nothing deployed: everything is made through the API, as against a fresh account. */
class EmptyRuntimeTest {

  @Test
  void clustersAndTaskDefinitionsCanBeMadeThroughTheApiAlone() {
    try (InMemoryEcs ecs = InMemoryEcs.create(5);
         EcsApiServer server = EcsApiServer.start(ecs);
         EcsClient client = EcsClient.builder().endpointOverride(server.endpoint()).region(Region.AP_SOUTHEAST_2)
             .credentialsProvider(AnonymousCredentialsProvider.create()).build()) {
      client.createCluster(r -> r.clusterName("batch"));
      client.registerTaskDefinition(r -> r.family("job").containerDefinitions(ContainerDefinition.builder()
          .name("main").image("job:1").memory(128).build()));

      assertThat(client.listClusters().clusterArns()).singleElement().asString().endsWith(":cluster/batch");
      assertThat(client.describeClusters(r -> r.clusters("batch")).clusters().get(0).status()).isEqualTo("ACTIVE");
      assertThatThrownBy(() -> client.runTask(r -> r.cluster("batch").taskDefinition("job").launchType("EC2")))
          .as("ECS's answer for an EC2 task in a cluster without instances")
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageStartingWith("No Container Instances were found in your cluster.");
      assertThat(ecs.environment().clusters()).as("the runtime holds what the API made").hasSize(1);
    }
  }
}
