package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

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

  /** Whether a revision has the status a list call's {@code status} member asks for (ACTIVE when absent). */
  private Predicate<String> revisionStatus(Request r, boolean allowAll) {
    String wanted = r.string("status").orElse("ACTIVE");
    if (allowAll && wanted.equals("ALL")) {
      return arn -> true;
    }
    if (!wanted.equals("ACTIVE") && !wanted.equals("INACTIVE")) {
      throw ApiException.invalidParameter("status must be ACTIVE or INACTIVE" + (allowAll ? " or ALL" : "")
          + "; was " + wanted + ".");
    }
    return arn -> runtime.describeTaskDefinition(arn).status().toString().equals(wanted);
  }

  /**
   * ListTaskDefinitions: {@code familyPrefix} is the full family name (ECS: "Specifying a familyPrefix limits the
   * listed task definitions to task definition revisions that belong to that family"), sorted by family and
   * revision, ASC by default.
   */
  private ObjectNode listTaskDefinitions(Request r) {
    Optional<String> family = r.string("familyPrefix");
    Predicate<String> status = revisionStatus(r, false);
    List<String> arns = new java.util.ArrayList<>(runtime.listTaskDefinitions(Optional.empty()).stream()
        .filter(a -> family.map(f -> family(a).equals(f)).orElse(true)).filter(status).toList());
    arns.sort(java.util.Comparator.comparing(TaskDefinitionOperations::family)
        .thenComparingInt(TaskDefinitionOperations::revision));
    if (r.string("sort").filter("DESC"::equals).isPresent()) {
      java.util.Collections.reverse(arns);
    }
    return Pages.of(r, "taskDefinitionArns", arns, Pages.Size.HUNDRED);
  }

  /** ListTaskDefinitionFamilies: here {@code familyPrefix} is a prefix of the family names. */
  private ObjectNode listTaskDefinitionFamilies(Request r) {
    Optional<String> prefix = r.string("familyPrefix");
    Predicate<String> status = revisionStatus(r, true);
    Set<String> families = new java.util.TreeSet<>();
    runtime.listTaskDefinitions(Optional.empty()).stream().filter(status).forEach(a -> families.add(family(a)));
    return Pages.of(r, "families", families.stream().filter(f -> prefix.map(f::startsWith).orElse(true)).toList(),
        Pages.Size.HUNDRED);
  }

  private static String family(String taskDefinitionArn) {
    String name = Arns.name(taskDefinitionArn);
    return name.substring(0, name.lastIndexOf(':'));
  }

  private static int revision(String taskDefinitionArn) {
    String name = Arns.name(taskDefinitionArn);
    return Integer.parseInt(name.substring(name.lastIndexOf(':') + 1));
  }
}
