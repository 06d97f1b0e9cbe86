package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a real ECS endpoint answers to bad calls, on the wire, and that they change nothing. */
class BadRequestTest {
  private InMemoryEcs ecs;
  private EcsApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    ecs = InMemoryEcs.create(1);
    ecs.deploy(AwsSdkTest.shop());
    server = EcsApiServer.start(ecs);
  }

  @AfterEach
  void stop() {
    server.close();
    ecs.close();
  }

  private Response call(String target, String body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint().resolve("/"))
        .header("Content-Type", "application/x-amz-json-1.1")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), Shapes.JSON.readTree(response.body()),
        response.headers().firstValue("Content-Type"));
  }

  private static String op(String operation) {
    return EcsApiServer.TARGET_PREFIX + operation;
  }

  record Response(int status, JsonNode body, Optional<String> contentType) {
    String type() {
      return body.path("__type").asText();
    }
  }

  @Test
  void anUnknownOperationIsRefusedByName() throws Exception {
    Response response = call(op("LaunchRockets"), "{}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.type()).isEqualTo("UnknownOperationException");
    assertThat(response.body().path("message").asText()).contains("LaunchRockets");
    assertThat(response.contentType()).contains("application/x-amz-json-1.1");
    assertThat(call("DynamoDB_20120810.ListTables", "{}").type()).isEqualTo("UnknownOperationException");
  }

  @Test
  void malformedJsonAndWrongTypesAreSerializationExceptions() throws Exception {
    assertThat(call(op("ListServices"), "{\"cluster\": ").type()).isEqualTo("SerializationException");
    assertThat(call(op("ListServices"), "[1, 2]").type()).isEqualTo("SerializationException");
    Response wrongType = call(op("RunTask"), "{\"cluster\": \"prod\", \"taskDefinition\": \"worker\", \"count\": \"5\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.type()).isEqualTo("SerializationException");
    assertThat(wrongType.body().path("message").asText()).contains("'count' must be an integer");
    assertThat(tasks()).as("nothing ran").isEmpty();
  }

  @Test
  void aMissingRequiredMemberIsAnInvalidParameterExceptionNamingIt() throws Exception {
    Response response = call(op("RunTask"), "{\"cluster\": \"prod\"}");
    assertThat(response.type()).isEqualTo("InvalidParameterException");
    assertThat(response.body().path("message").asText()).contains("'taskDefinition'");
    assertThat(call(op("DescribeServices"), "{\"cluster\": \"prod\"}").body().path("message").asText())
        .contains("'services'");
  }

  @Test
  void invalidDefinitionsAndServicesLeaveNothingHalfMade() throws Exception {
    Response badDefinition = call(op("RegisterTaskDefinition"),
        "{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"app\", \"image\": \"nginx\"}]}");
    assertThat(badDefinition.status()).isEqualTo(400);
    assertThat(badDefinition.type()).isEqualTo("ClientException");
    assertThat(call(op("ListTaskDefinitions"), "{}").body().path("taskDefinitionArns")).hasSize(1);

    Response badService = call(op("CreateService"),
        "{\"cluster\": \"prod\", \"serviceName\": \"web\", \"taskDefinition\": \"nope\", \"desiredCount\": 1}");
    assertThat(badService.status()).isEqualTo(400);
    assertThat(call(op("ListServices"), "{\"cluster\": \"prod\"}").body().path("serviceArns")).isEmpty();
  }

  @Test
  void newOperationsNameTheirMissingMembers() throws Exception {
    assertThat(call(op("DeleteCluster"), "{}").body().path("message").asText()).contains("'cluster'");
    assertThat(call(op("DeregisterTaskDefinition"), "{}").body().path("message").asText()).contains("'taskDefinition'");
    assertThat(call(op("StartTask"), "{\"taskDefinition\": \"worker\", \"cluster\": \"prod\"}").body()
        .path("message").asText()).contains("'containerInstances'");
    Response noTags = call(op("TagResource"), "{\"resourceArn\": \"arn:aws:ecs:us-east-1:123456789012:cluster/prod\"}");
    assertThat(noTags.type()).isEqualTo("InvalidParameterException");
    assertThat(noTags.body().path("message").asText()).contains("'tags'");
    assertThat(call(op("UntagResource"), "{\"resourceArn\": \"x\"}").body().path("message").asText())
        .contains("'tagKeys'");
    assertThat(call(op("ListTagsForResource"), "{}").type()).isEqualTo("InvalidParameterException");
    Response noName = call(op("RunTask"), "{\"cluster\": \"prod\", \"taskDefinition\": \"worker\","
        + " \"overrides\": {\"containerOverrides\": [{\"command\": [\"sh\"]}]}}");
    assertThat(noName.type()).isEqualTo("InvalidParameterException");
    assertThat(noName.body().path("message").asText()).contains("'name'");
    assertThat(call(op("PutAttributes"), "{\"cluster\": \"prod\"}").body().path("message").asText())
        .contains("'attributes'");
    assertThat(call(op("PutAttributes"), "{\"cluster\": \"prod\", \"attributes\": [{\"name\": \"stack\"}]}")
        .body().path("message").asText()).contains("'targetId'");
    assertThat(call(op("ListAttributes"), "{\"cluster\": \"prod\"}").body().path("message").asText())
        .contains("'targetType'");
    assertThat(call(op("PutClusterCapacityProviders"), "{\"cluster\": \"prod\", \"capacityProviders\": []}")
        .body().path("message").asText()).contains("'defaultCapacityProviderStrategy'");
    assertThat(call(op("PutClusterCapacityProviders"), "{\"cluster\": \"prod\", \"capacityProviders\": \"FARGATE\","
        + " \"defaultCapacityProviderStrategy\": []}").type()).isEqualTo("SerializationException");
    assertThat(ecs.ecs().describeClusters(r -> r.clusters("prod")).cluster().capacityProviders()).isEmpty();
    assertThat(tasks()).as("nothing ran").isEmpty();
  }

  @Test
  void newOperationsRefuseWrongTypesAndChangeNothing() throws Exception {
    String runWith = "{\"cluster\": \"prod\", \"taskDefinition\": \"worker\", ";
    assertThat(call(op("RunTask"), runWith + "\"overrides\": \"big\"}").type()).isEqualTo("SerializationException");
    assertThat(call(op("RunTask"), runWith + "\"overrides\": {\"containerOverrides\": [{\"name\": \"app\","
        + " \"memory\": \"lots\"}]}}").type()).isEqualTo("SerializationException");
    assertThat(call(op("RunTask"), runWith + "\"tags\": \"team=a\"}").type()).isEqualTo("SerializationException");
    assertThat(call(op("StartTask"), runWith + "\"containerInstances\": \"i-1\"}").type())
        .isEqualTo("SerializationException");
    assertThat(call(op("UntagResource"), "{\"resourceArn\": \"x\", \"tagKeys\": [1]}").type())
        .isEqualTo("SerializationException");
    assertThat(call(op("ListTaskDefinitions"), "{\"status\": \"GONE\"}").type())
        .isEqualTo("InvalidParameterException");
    assertThat(call(op("RunTask"), runWith + "\"overrides\": {\"ephemeralStorage\": {\"sizeInGiB\": 30}}}")
        .type()).isEqualTo("InvalidParameterException");
    assertThat(tasks()).as("nothing ran").isEmpty();
    assertThat(call(op("DeleteCluster"), "{\"cluster\": 7}").type()).isEqualTo("SerializationException");
    assertThat(call(op("PutAttributes"), "{\"cluster\": \"prod\", \"attributes\": [\"stack=blue\"]}").type())
        .isEqualTo("SerializationException");
    assertThat(call(op("PutAttributes"), "{\"cluster\": \"prod\", \"attributes\": [{\"name\": \"stack\","
        + " \"value\": 1, \"targetId\": \"x\"}]}").type()).isEqualTo("SerializationException");
    assertThat(ecs.ecs().listAttributes(r -> r.cluster("prod")).attributes()).noneMatch(a -> a.name().equals("stack"));
    assertThat(ListAndDescribe.clusters(ecs.ecs())).hasSize(1);
  }

  @Test
  void bytesAfterTheJsonObjectAreASerializationExceptionAndChangeNothing() throws Exception {
    Response trailing = call(op("CreateCluster"), "{\"clusterName\":\"x\"}garbage");
    Response twice = call(op("CreateCluster"), "{\"clusterName\":\"x\", \"clusterName\":\"y\"}");
    Response second = call(op("CreateCluster"), "{\"clusterName\":\"x\"} {\"clusterName\":\"y\"}");

    assertThat(List.of(trailing, twice, second)).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.type()).isEqualTo("SerializationException");
    });
    assertThat(trailing.body().path("message").asText()).contains("more after the object");
    assertThat(ListAndDescribe.clusters(ecs.ecs())).as("no cluster x or y").hasSize(1);
  }

  @Test
  void messagesNameEcsMembersAndNeverJavaOrJacksonClasses() throws Exception {
    String runWith = "{\"cluster\": \"prod\", \"taskDefinition\": \"worker\", ";
    List<Response> answers = List.of(
        call(op("RunTask"), runWith + "\"tags\": [{\"key\": {\"a\": 1}}]}"),
        call(op("RunTask"), runWith + "\"placementStrategy\": [{\"type\": \"sideways\"}]}"),
        call(op("RunTask"), runWith + "\"networkConfiguration\": {\"awsvpcConfiguration\": {\"subnets\": 5}}}"),
        call(op("RunTask"), runWith + "\"count\": NaN}"),
        call(op("RunTask"), runWith + "\"placementConstraints\": [{\"type\": \"memberOf\", \"expression\": 4}]}"),
        call(op("CreateService"), "{\"cluster\": \"prod\", \"serviceName\": \"s\", \"taskDefinition\": \"worker\","
            + " \"deploymentConfiguration\": {\"maximumPercent\": \"lots\"}}"));

    assertThat(answers).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body().path("message").asText()).doesNotContain("dev.ecsdsl", "Immutable", "com.fasterxml",
          "java.", "JsonReadFeature", "$Json");
    });
    assertThat(tasks()).as("nothing ran").isEmpty();
  }

  @Test
  void runTaskOverridesThatCannotBeResourcesAreRefused() throws Exception {
    String runWith = "{\"cluster\": \"prod\", \"taskDefinition\": \"worker\", \"overrides\": ";
    assertThat(call(op("RunTask"), runWith + "{\"containerOverrides\": [{\"name\": \"app\", \"cpu\": -1}]}}").type())
        .isEqualTo("InvalidParameterException");
    assertThat(call(op("RunTask"), runWith + "{\"memory\": \"-1\"}}").type()).isEqualTo("InvalidParameterException");
    assertThat(call(op("RunTask"), runWith + "{\"cpu\": \"abc\"}}").type()).isEqualTo("InvalidParameterException");
    assertThat(call(op("RunTask"), "{\"cluster\": \"prod\", \"taskDefinition\": \"worker\", \"count\": 11}").type())
        .isEqualTo("InvalidParameterException");
    assertThat(tasks()).as("nothing ran").isEmpty();
  }

  @Test
  void theClockMovesOnRequest() throws Exception {
    java.time.Instant before = ecs.clock().now();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/_ecsdsl/advance"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": 90}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ecs.clock().now()).isEqualTo(before.plusSeconds(90));
    HttpResponse<String> negative = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/_ecsdsl/advance"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": -1}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(ecs.clock().now()).isEqualTo(before.plusSeconds(90));
  }

  /** Every task of the cluster, stopped ones included. */
  private List<Task> tasks() {
    return ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all());
  }
}
