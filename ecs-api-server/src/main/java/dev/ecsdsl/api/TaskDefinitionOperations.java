package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.EcsRuntime;
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
        Shapes.taskDefinition(runtime.deregisterTaskDefinition(r.references().taskDefinition(
            r.requiredString("taskDefinition"))))));
    handlers.put("ListTaskDefinitions", this::listTaskDefinitions);
    handlers.put("ListTaskDefinitionFamilies", this::listTaskDefinitionFamilies);
  }

  private ObjectNode registerTaskDefinition(Request r) {
    TaskDefinition definition = EcsJson.readTaskDefinition("RegisterTaskDefinition", r.body().toString()).value();
    String arn = runtime.registerTaskDefinition(definition);
    ObjectNode response = Shapes.object().set("taskDefinition", Shapes.taskDefinition(
        runtime.describeTaskDefinition(arn)));
    response.set("tags", Shapes.tags(runtime.listTagsForResource(arn)));
    return response;
  }

  private ObjectNode describeTaskDefinition(Request r) {
    RegisteredTaskDefinition registered = runtime.describeTaskDefinition(r.references().taskDefinition(
        r.requiredString("taskDefinition")));
    ObjectNode response = Shapes.object().set("taskDefinition", Shapes.taskDefinition(registered));
    if (r.strings("include").contains("TAGS")) {
      response.set("tags", Shapes.tags(runtime.listTagsForResource(registered.taskDefinitionArn())));
    }
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
    if (!wanted.equals("ACTIVE") && !wanted.equals("INACTIVE")) {
      throw ApiException.invalidParameter("status must be ACTIVE or INACTIVE" + (allowAll ? " or ALL" : "")
          + "; was " + wanted + ".");
    }
    return arns(family, TaskDefinitionStatus.fromValue(wanted), sort);
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
