package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.control.DaemonOperations;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitionQuery;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitionRevision;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitionStatus;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.json.MemberNaming;
import dev.ecsdsl.model.DaemonTaskDefinition;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.InvalidParameterException;
import dev.ecsdsl.runtime.UnsupportedFeatureException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * RegisterDaemonTaskDefinition, DescribeDaemonTaskDefinition, ListDaemonTaskDefinitions and DeleteDaemonTaskDefinition
 * (API reference), on the in-memory runtime's daemon task definitions.
 */
final class DaemonTaskDefinitionApi {
  private final EcsRuntime runtime;

  DaemonTaskDefinitionApi(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("RegisterDaemonTaskDefinition", this::register);
    handlers.put("DescribeDaemonTaskDefinition", r -> Shapes.object().set("daemonTaskDefinition",
        shape(operations().describeDaemonTaskDefinition(r.requiredString("daemonTaskDefinition")))));
    handlers.put("ListDaemonTaskDefinitions", this::list);
    handlers.put("DeleteDaemonTaskDefinition", r -> Shapes.object().put("daemonTaskDefinitionArn",
        operations().deleteDaemonTaskDefinition(r.requiredString("daemonTaskDefinition")).daemonTaskDefinitionArn()));
  }

  private DaemonOperations operations() {
    if (runtime instanceof InMemoryEcs ecs) {
      return ecs.daemons();
    }
    throw new UnsupportedFeatureException("ECS Managed Daemons are served for the in-memory runtime only.");
  }

  private ObjectNode register(Request r) {
    DaemonOperations operations = operations();
    DaemonTaskDefinition definition = EcsJson.readTree("RegisterDaemonTaskDefinition", r.body(),
        DaemonTaskDefinition.class, MemberNaming.ECS).value();
    return Shapes.object().put("daemonTaskDefinitionArn",
        operations.registerDaemonTaskDefinition(definition).daemonTaskDefinitionArn());
  }

  /** ListDaemonTaskDefinitions: family, familyPrefix, status (ACTIVE by default), revision, sort; paged by 100. */
  private ObjectNode list(Request r) {
    Optional<DaemonTaskDefinitionStatus> status = switch (r.string("status").orElse("ACTIVE")) {
      case "ACTIVE" -> Optional.of(DaemonTaskDefinitionStatus.ACTIVE);
      case "DELETE_IN_PROGRESS" -> Optional.of(DaemonTaskDefinitionStatus.DELETE_IN_PROGRESS);
      case "ALL" -> Optional.empty();
      default -> throw new InvalidParameterException("status must be ACTIVE, DELETE_IN_PROGRESS or ALL; was "
          + r.string("status").orElse("") + ".");
    };
    Optional<String> revision = r.string("revision");
    if (revision.filter(v -> !v.equals("LAST_REGISTERED")).isPresent()) {
      throw new InvalidParameterException("revision must be LAST_REGISTERED; was " + revision.get() + ".");
    }
    Optional<String> sort = r.string("sort");
    if (sort.filter(v -> !v.equals("ASC") && !v.equals("DESC")).isPresent()) {
      throw new InvalidParameterException("sort must be ASC or DESC; was " + sort.get() + ".");
    }
    DaemonTaskDefinitionQuery query = new DaemonTaskDefinitionQuery(r.string("family"), r.string("familyPrefix"),
        status, revision.isPresent(), sort.filter("DESC"::equals).isPresent());
    return Pages.of(r, "daemonTaskDefinitions", operations().listDaemonTaskDefinitions(query),
        DaemonTaskDefinitionRevision::daemonTaskDefinitionArn, Pages.Size.HUNDRED, (array, d) -> {
          ObjectNode summary = array.addObject().put("arn", d.daemonTaskDefinitionArn());
          Shapes.time(summary, "registeredAt", Optional.of(d.registeredAt()));
          summary.put("registeredBy", d.registeredBy()).put("status", d.status().name());
          Shapes.time(summary, "deleteRequestedAt", d.deleteRequestedAt());
        });
  }

  /** The API's {@code DaemonTaskDefinition}: the definition as registered (without its tags), and its revision. */
  static ObjectNode shape(DaemonTaskDefinitionRevision revision) {
    ObjectNode node = EcsJson.writeTree(revision.definition(), DaemonTaskDefinition.class, MemberNaming.ECS);
    node.remove("tags");
    if (!node.has("volumes")) {
      node.putArray("volumes");
    }
    node.put("daemonTaskDefinitionArn", revision.daemonTaskDefinitionArn()).put("revision", revision.revision())
        .put("status", revision.status().name()).put("registeredBy", revision.registeredBy());
    Shapes.time(node, "registeredAt", Optional.of(revision.registeredAt()));
    Shapes.time(node, "deleteRequestedAt", revision.deleteRequestedAt());
    return node;
  }
}
