package dev.ecsdsl.docker.endpoints;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.core.InvocationBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ecsdsl.runtime.Task;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the endpoints' requests: {@code GET /v4/<key>[/task][/stats]}, {@code GET /v4/<key>/task/stats}
 * and {@code GET /v2/credentials/<id>}. An unknown key or path is 404, another method 405; credentials
 * without an {@code Authorization} header are 401, with a token that is not the task's 403.
 */
final class EndpointHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(EndpointHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private static final String METADATA = "/v4/";
  private static final String CREDENTIALS = "/v2/credentials/";
  private final TaskEndpoints endpoints;
  private final DockerClient docker;
  private final String networkName;

  EndpointHandler(TaskEndpoints endpoints, DockerClient docker, String networkName) {
    this.endpoints = endpoints;
    this.docker = docker;
    this.networkName = networkName;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        if (!"GET".equals(exchange.getRequestMethod())) {
          send(exchange, 405, error("MethodNotAllowed", "only GET is served"));
          return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith(METADATA)) {
          metadata(exchange, path.substring(METADATA.length()));
        } else if (path.startsWith(CREDENTIALS)) {
          credentials(exchange, path.substring(CREDENTIALS.length()));
        } else {
          send(exchange, 404, error("NotFound", "no endpoint at " + path));
        }
      } catch (RuntimeException e) {
        // inside the try-with-resources, so the exchange is still open for the answer
        LOG.warn("task endpoint request {} failed", exchange.getRequestURI(), e);
        send(exchange, 500, error("InternalServerError", e.getMessage()));
      }
    }
  }

  private void metadata(HttpExchange exchange, String rest) throws IOException {
    int slash = rest.indexOf('/');
    String key = slash < 0 ? rest : rest.substring(0, slash);
    String what = slash < 0 ? "" : rest.substring(slash);
    Optional<Registered.ContainerKey> found = endpoints.byMetadataKey(key);
    if (found.isEmpty()) {
      send(exchange, 404, error("NotFound", "no task metadata at this path"));
      return;
    }
    Registered task = found.get().task();
    String container = found.get().containerName();
    Map<String, String> ids = task.dockerContainers().get();
    switch (what) {
      case "", "/" -> send(exchange, 200, containerDocument(task, container, describe(task), ids));
      case "/task" -> send(exchange, 200, taskDocument(task, ids));
      case "/stats" -> send(exchange, 200, Optional.ofNullable(ids.get(container)).map(this::stats)
          .orElse(JSON.nullNode()));
      case "/task/stats" -> {
        ObjectNode all = JSON.createObjectNode();
        ids.values().forEach(id -> all.set(id, stats(id)));
        send(exchange, 200, all);
      }
      default -> send(exchange, 404, error("NotFound", "no task metadata at " + what));
    }
  }

  private void credentials(HttpExchange exchange, String id) throws IOException {
    String token = exchange.getRequestHeaders().getFirst("Authorization");
    if (token == null || token.isBlank()) {
      send(exchange, 401, error("NoAuthorizationToken",
          "the request carries no Authorization header; send AWS_CONTAINER_AUTHORIZATION_TOKEN in it"));
      return;
    }
    Optional<Registered.Grant> grant = endpoints.byCredentialsId(id).flatMap(Registered::grant);
    if (grant.isEmpty() || !MessageDigest.isEqual(grant.get().token().getBytes(StandardCharsets.UTF_8),
        token.strip().getBytes(StandardCharsets.UTF_8))) {
      send(exchange, 403, error("AccessDenied", "the authorization token does not grant credentials at this path"));
      return;
    }
    RoleCredentials credentials = grant.get().credentials();
    ObjectNode doc = JSON.createObjectNode();
    doc.put("AccessKeyId", credentials.accessKeyId());
    doc.put("SecretAccessKey", credentials.secretAccessKey());
    doc.put("Token", credentials.token());
    doc.put("Expiration", credentials.expiration().toString());
    doc.put("RoleArn", credentials.roleArn());
    send(exchange, 200, doc);
  }

  private Optional<Task> describe(Registered task) {
    try {
      return endpoints.descriptions().describe(task.launch().clusterName(), task.launch().taskArn());
    } catch (RuntimeException e) {
      LOG.debug("the control plane does not describe task {}", task.launch().taskId(), e);
      return Optional.empty();
    }
  }

  private ObjectNode taskDocument(Registered task, Map<String, String> ids) {
    Optional<Task> described = describe(task);
    Map<String, ObjectNode> containers = new LinkedHashMap<>();
    task.launch().taskDefinition().containerDefinitions().forEach(c ->
        containers.put(c.name(), containerDocument(task, c.name(), described, ids)));
    return MetadataDocuments.task(task.launch(), described, containers);
  }

  private ObjectNode containerDocument(Registered task, String container, Optional<Task> described,
      Map<String, String> ids) {
    Optional<InspectContainerResponse> inspected = Optional.ofNullable(ids.get(container)).flatMap(this::inspect);
    Optional<String> address = inspected.map(i -> i.getNetworkSettings() == null ? null
            : i.getNetworkSettings().getNetworks())
        .map(networks -> networks.get(networkName)).map(ContainerNetwork::getIpAddress)
        .filter(ip -> !ip.isEmpty());
    return MetadataDocuments.container(task.launch(), described, container, inspected, address);
  }

  private Optional<InspectContainerResponse> inspect(String id) {
    try {
      return Optional.of(docker.inspectContainerCmd(id).exec());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** One sample of Docker's stats of the container ({@code docker stats --no-stream}). */
  private JsonNode stats(String containerId) {
    try (InvocationBuilder.AsyncResultCallback<Statistics> callback = new InvocationBuilder.AsyncResultCallback<>()) {
      docker.statsCmd(containerId).withNoStream(true).exec(callback);
      Statistics statistics = callback.awaitResult();
      return statistics == null ? JSON.nullNode() : JSON.valueToTree(statistics);
    } catch (NotFoundException e) {
      return JSON.nullNode();
    } catch (IOException e) {
      throw new IllegalStateException("reading the stats of container " + containerId + " failed", e);
    }
  }

  private static ObjectNode error(String code, String message) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("code", code);
    doc.put("message", message);
    return doc;
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
