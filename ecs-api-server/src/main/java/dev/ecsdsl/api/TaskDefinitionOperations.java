package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.DeleteTaskDefinitionsResponse;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.ListTaskDefinitionsRequest;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import dev.ecsdsl.runtime.SortOrder;
import dev.ecsdsl.runtime.TaskDefinitionStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * RegisterTaskDefinition, DescribeTaskDefinition, DeregisterTaskDefinition, ListTaskDefinitions and
 * ListTaskDefinitionFamilies (with their {@code status} filters), on the runtime's revisions.
 */
final class TaskDefinitionOperations {
  private final EcsRuntime runtime;

  TaskDefinitionOperations(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("RegisterTaskDefinition", this::registerTaskDefinition);
    handlers.put("DescribeTaskDefinition", this::describeTaskDefinition);
    handlers.put("DeregisterTaskDefinition", r -> Shapes.object().set("taskDefinition",
        Shapes.taskDefinition(deregister(r.references().taskDefinition(
            r.requiredString("taskDefinition"))))));
    handlers.put("DeleteTaskDefinitions", this::deleteTaskDefinitions);
    handlers.put("ListTaskDefinitions", this::listTaskDefinitions);
    handlers.put("ListTaskDefinitionFamilies", this::listTaskDefinitionFamilies);
  }

  private ObjectNode registerTaskDefinition(Request r) {
    TaskDefinition definition = EcsJson.readTaskDefinition("RegisterTaskDefinition", r.body().toString()).value();
    RegisteredTaskDefinition registered = runtime.ecs().registerTaskDefinition(q -> q.taskDefinition(definition))
        .taskDefinition();
    String arn = registered.taskDefinitionArn();
    ObjectNode response = Shapes.object().set("taskDefinition", Shapes.taskDefinition(registered));
    response.set("tags", Shapes.tags(Lookups.tags(runtime, arn)));
    return response;
  }

  private RegisteredTaskDefinition deregister(String reference) {
    return runtime.ecs().deregisterTaskDefinition(q -> q.taskDefinition(reference)).taskDefinition();
  }

  private ObjectNode describeTaskDefinition(Request r) {
    String reference = r.references().taskDefinition(r.requiredString("taskDefinition"));
    RegisteredTaskDefinition registered = runtime.ecs().describeTaskDefinition(q -> q.taskDefinition(reference))
        .taskDefinition();
    ObjectNode response = Shapes.object().set("taskDefinition", Shapes.taskDefinition(registered));
    if (r.strings("include").contains("TAGS")) {
      response.set("tags", Shapes.tags(Lookups.tags(runtime, registered.taskDefinitionArn())));
    }
    return response;
  }

  /** DeleteTaskDefinitions: 1 to 10 INACTIVE revisions become DELETE_IN_PROGRESS; the others are failures. */
  private ObjectNode deleteTaskDefinitions(Request r) {
    List<String> references = r.requiredStrings("taskDefinitions").stream().map(r.references()::taskDefinition)
        .toList();
    DeleteTaskDefinitionsResponse deleted = runtime.ecs().deleteTaskDefinitions(d -> d.taskDefinitions(references));
    ObjectNode response = Shapes.object();
    ArrayNode definitions = response.putArray("taskDefinitions");
    deleted.taskDefinitions().forEach(d -> definitions.add(Shapes.taskDefinition(d)));
    ArrayNode failures = response.putArray("failures");
    deleted.failures().forEach(f -> failures.add(Shapes.failure(Failure.builder().from(f)
        .arn(f.arn().map(r.references()::taskDefinitionArn)).build())));
    return response;
  }

  /**
   * The ARNs of the revisions with the status a list call's {@code status} member asks for (ACTIVE when absent;
   * {@code ALL} where allowed), of one family when given, by family and revision: one call of the runtime, so that
   * a list over 10,000 revisions costs one pass, not one DescribeTaskDefinition per revision.
   */
  private List<String> arns(Request r, Optional<String> family, boolean allowAll, SortOrder sort) {
    String wanted = r.string("status").orElse("ACTIVE");
    if (allowAll && wanted.equals("ALL")) {
      List<String> all = new java.util.ArrayList<>(arns(family, TaskDefinitionStatus.ACTIVE, sort));
      all.addAll(arns(family, TaskDefinitionStatus.INACTIVE, sort));
      return all;
    }
    TaskDefinitionStatus status;
    try {
      status = TaskDefinitionStatus.fromValue(wanted);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidParameter("status must be ACTIVE, INACTIVE or DELETE_IN_PROGRESS"
          + (allowAll ? " or ALL" : "") + "; was " + Messages.quote(wanted) + ".");
    }
    return arns(family, status, sort);
  }

  private List<String> arns(Optional<String> family, TaskDefinitionStatus status, SortOrder sort) {
    return runtime.ecs().listTaskDefinitions(ListTaskDefinitionsRequest.builder().familyPrefix(family)
        .status(status).sort(sort).build()).taskDefinitionArns();
  }

  /**
   * ListTaskDefinitions: {@code familyPrefix} is the full family name (ECS: "Specifying a familyPrefix limits the
   * listed task definitions to task definition revisions that belong to that family"), sorted by family and
   * revision, ASC by default.
   */
  private ObjectNode listTaskDefinitions(Request r) {
    SortOrder sort = r.string("sort").filter("DESC"::equals).isPresent() ? SortOrder.DESC : SortOrder.ASC;
    return Pages.of(r, "taskDefinitionArns", arns(r, r.string("familyPrefix"), false, sort), Pages.Size.HUNDRED);
  }

  /** ListTaskDefinitionFamilies: here {@code familyPrefix} is a prefix of the family names. */
  private ObjectNode listTaskDefinitionFamilies(Request r) {
    Optional<String> prefix = r.string("familyPrefix");
    Set<String> families = new java.util.TreeSet<>();
    arns(r, Optional.empty(), true, SortOrder.ASC).forEach(a -> families.add(family(a)));
    return Pages.of(r, "families", families.stream().filter(f -> prefix.map(f::startsWith).orElse(true)).toList(),
        Pages.Size.HUNDRED);
  }

  private static String family(String taskDefinitionArn) {
    String name = Arns.name(taskDefinitionArn);
    return name.substring(0, name.lastIndexOf(':'));
  }
}
