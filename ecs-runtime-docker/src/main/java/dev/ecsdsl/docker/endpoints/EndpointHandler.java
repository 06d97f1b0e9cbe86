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
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ecsdsl.docker.http.LocalHttpServer;
import dev.ecsdsl.runtime.LogText;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the endpoints' requests: {@code GET /v4/<key>[/task][/stats]}, {@code GET /v4/<key>/task/stats}
 * and {@code GET /v2/credentials/<id>}. An unknown key or path is 404, another method 405, a request with a
 * body 413; credentials without an {@code Authorization} header are 401, with a token that is not the task's
 * 403. Only the run's tasks are answered, as the ECS agent serves these endpoints to task network namespaces
 * only: a caller whose address is not one of the run network's containers (the host itself, a container of
 * another network, a neighbour routing to the Docker subnet) gets 403 whatever it asks.
 */
final class EndpointHandler extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(EndpointHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private static final String METADATA = "/v4/";
  private static final String CREDENTIALS = "/v2/credentials/";
  private final TaskEndpoints endpoints;
  private final DockerClient docker;
  private final RunNetwork network;

  EndpointHandler(TaskEndpoints endpoints, DockerClient docker, RunNetwork network) {
    this.endpoints = endpoints;
    this.docker = docker;
    this.network = network;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Exchange exchange = new Exchange(request, response, callback);
    String path = request.getHttpURI().getPath();
    try {
      SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
      if (!(remote instanceof InetSocketAddress caller) || !network.isTaskAddress(caller.getAddress())) {
        send(exchange, 403, error("AccessDenied", "the task endpoints of this run answer its tasks only"));
      } else if (!"GET".equals(request.getMethod())) {
        send(exchange, 405, error("MethodNotAllowed", "only GET is served"));
      } else if (request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        send(exchange, 413, error("RequestEntityTooLarge", "the task endpoints take no request body"));
      } else if (path.startsWith(METADATA)) {
        metadata(exchange, path.substring(METADATA.length()));
      } else if (path.startsWith(CREDENTIALS)) {
        credentials(exchange, path.substring(CREDENTIALS.length()));
      } else {
        send(exchange, 404, error("NotFound", "no endpoint at " + path));
      }
    } catch (RuntimeException e) {
      LOG.warn("task endpoint request {} failed: {}", LogText.escape(path), LogText.escape(e.toString()));
      LOG.debug("task endpoint request failed", e);
      send(exchange, 500, error("InternalServerError", String.valueOf(e.getMessage())));
    }
    return true;
  }

  /** One request and its answer. */
  private record Exchange(Request request, Response response, Callback callback) {}

  private void metadata(Exchange exchange, String rest) {
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

  private void credentials(Exchange exchange, String id) {
    String token = exchange.request().getHeaders().get(HttpHeader.AUTHORIZATION);
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

  private Optional<dev.ecsdsl.runtime.Task> describe(Registered task) {
    try {
      return endpoints.descriptions().describe(task.launch().clusterName(), task.launch().taskArn());
    } catch (RuntimeException e) {
      LOG.debug("the control plane does not describe task {}", task.launch().taskId(), e);
      return Optional.empty();
    }
  }

  private ObjectNode taskDocument(Registered task, Map<String, String> ids) {
    Optional<dev.ecsdsl.runtime.Task> described = describe(task);
    Map<String, ObjectNode> containers = new LinkedHashMap<>();
    task.launch().taskDefinition().containerDefinitions().forEach(c ->
        containers.put(c.name(), containerDocument(task, c.name(), described, ids)));
    return MetadataDocuments.task(task.launch(), described, containers);
  }

  private ObjectNode containerDocument(Registered task, String container, Optional<dev.ecsdsl.runtime.Task> described,
      Map<String, String> ids) {
    Optional<InspectContainerResponse> inspected = Optional.ofNullable(ids.get(container)).flatMap(this::inspect);
    Optional<String> address = inspected.map(i -> i.getNetworkSettings() == null ? null
            : i.getNetworkSettings().getNetworks())
        .map(networks -> networks.get(network.name())).map(ContainerNetwork::getIpAddress)
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

  private static void send(Exchange exchange, int status, JsonNode body) {
    LocalHttpServer.send(exchange.response(), exchange.callback(), status, "application/json", json(body));
  }

  /** The body of an error Jetty answers by itself (a malformed request): {@code [content type, body]}. */
  static String[] jettyError(int status, String reason) {
    return new String[] {"application/json", new String(json(error(status >= 500 ? "InternalServerError"
        : "BadRequest", "the request is not valid HTTP/1.1 (" + status + (reason == null ? "" : ": " + reason) + ")")),
        StandardCharsets.UTF_8)};
  }

  private static byte[] json(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      return "{\"code\":\"InternalServerError\",\"message\":\"the answer could not be written\"}"
          .getBytes(StandardCharsets.UTF_8);
    }
  }
}
