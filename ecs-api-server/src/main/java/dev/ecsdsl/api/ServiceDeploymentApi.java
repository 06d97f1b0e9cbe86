package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.control.ServiceDeploymentOperations;
import dev.ecsdsl.control.api.ServiceDeploymentRuntime;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceDeploymentStatus;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.InvalidParameterException;
import dev.ecsdsl.runtime.UnsupportedFeatureException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions and StopServiceDeployment (API
 * reference), on the service deployments of either runtime.
 */
final class ServiceDeploymentApi {
  /** DescribeServiceDeployments and DescribeServiceRevisions take up to 20 ARNs (API reference). */
  private static final int MAX_ARNS = 20;
  private final EcsRuntime runtime;

  ServiceDeploymentApi(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("ListServiceDeployments", this::list);
    handlers.put("DescribeServiceDeployments", this::describeDeployments);
    handlers.put("DescribeServiceRevisions", this::describeRevisions);
    handlers.put("StopServiceDeployment", r -> Shapes.object().put("serviceDeploymentArn",
        operations().stop(r.requiredString("serviceDeploymentArn"), r.string("stopType").orElse(null)).arn()));
  }

  private ServiceDeploymentOperations operations() {
    if (runtime instanceof ServiceDeploymentRuntime ecs) {
      return ecs.serviceDeployments();
    }
    throw new UnsupportedFeatureException("Service deployments are served for the in-memory and Docker runtimes only.");
  }

  private ObjectNode list(Request r) {
    List<ServiceDeploymentStatus> statuses = new ArrayList<>();
    for (String status : r.strings("status")) {
      try {
        statuses.add(ServiceDeploymentStatus.valueOf(status));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("Invalid status " + status + ".");
      }
    }
    Optional<Request> createdAt = r.object("createdAt");
    int max = r.integer("maxResults").orElse(20);
    if (max < 1 || max > 100) {
      throw new InvalidParameterException("maxResults must be between 1 and 100.");
    }
    int start = r.string("nextToken").map(ServiceDeploymentApi::token).orElse(0);
    List<ServiceDeployment> all = operations().list(r.cluster(), r.requiredString("service"), statuses,
        createdAt.flatMap(c -> time(c, "after")), createdAt.flatMap(c -> time(c, "before")));
    ObjectNode response = Shapes.object();
    ArrayNode briefs = response.putArray("serviceDeployments");
    all.stream().skip(start).limit(max).forEach(d -> briefs.add(ServiceDeploymentShapes.brief(d)));
    if (start + max < all.size()) {
      response.put("nextToken", Integer.toString(start + max));
    }
    return response;
  }

  private ObjectNode describeDeployments(Request r) {
    List<String> arns = arns(r, "serviceDeploymentArns");
    ServiceDeploymentOperations operations = operations();
    ObjectNode response = Shapes.object();
    ArrayNode found = response.putArray("serviceDeployments");
    ArrayNode failures = response.putArray("failures");
    for (String arn : arns) {
      operations.find(arn).ifPresentOrElse(
          d -> found.add(ServiceDeploymentShapes.deployment(d, operations::counts)),
          () -> failures.add(Shapes.missing(arn)));
    }
    return response;
  }

  private ObjectNode describeRevisions(Request r) {
    List<String> arns = arns(r, "serviceRevisionArns");
    ServiceDeploymentOperations operations = operations();
    ObjectNode response = Shapes.object();
    ArrayNode found = response.putArray("serviceRevisions");
    ArrayNode failures = response.putArray("failures");
    for (String arn : arns) {
      operations.findRevision(arn).ifPresentOrElse(v -> found.add(ServiceDeploymentShapes.revision(v)),
          () -> failures.add(Shapes.missing(arn)));
    }
    return response;
  }

  private static List<String> arns(Request r, String member) {
    List<String> arns = r.requiredStrings(member);
    if (arns.isEmpty() || arns.size() > MAX_ARNS) {
      throw new InvalidParameterException(member + " must name 1 to " + MAX_ARNS + " ARNs.");
    }
    return arns;
  }

  private static Optional<Instant> time(Request createdAt, String member) {
    if (!createdAt.body().has(member)) {
      return Optional.empty();
    }
    double seconds = createdAt.body().get(member).asDouble();
    return Optional.of(Instant.ofEpochMilli(Math.round(seconds * 1000)));
  }

  private static int token(String token) {
    try {
      return Math.max(0, Integer.parseInt(token));
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("Invalid nextToken.");
    }
  }
}
