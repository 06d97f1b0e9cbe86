package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.runtime.ClusterNotFoundException;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EcsRuntime;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** ECS's answer for calls on several resources at once (DescribeClusters, DescribeTasks, ...). */
final class Describe {
  private Describe() {}

  /**
   * Each resource found under {@code member}, and a {@code MISSING} failure, with the full ARN of what was asked
   * for, for each reference whose error {@code missing} accepts (other errors fail the call).
   */
  static ObjectNode each(List<String> references, String member, Function<String, ObjectNode> describe,
      Predicate<EcsException> missing, UnaryOperator<String> arnOf) {
    ObjectNode response = Shapes.object();
    ArrayNode found = response.putArray(member);
    ArrayNode failures = response.putArray("failures");
    for (String reference : references) {
      try {
        found.add(describe.apply(reference));
      } catch (EcsException e) {
        if (!missing.test(e)) {
          throw e;
        }
        failures.add(Shapes.missing(arnOf.apply(reference)));
      }
    }
    return response;
  }

  /** Refuses an empty list or one longer than ECS takes. */
  static List<String> references(Request r, String member, int max, ApiException whenEmpty) {
    List<String> references = r.requiredStrings(member);
    if (references.isEmpty()) {
      throw whenEmpty;
    }
    if (references.size() > max) {
      throw ApiException.invalidParameter(r.operation() + ": '" + member + "' can name at most " + max
          + " resources; it names " + references.size() + ".");
    }
    return references;
  }

  /** A described resource with its tags when the call's {@code include} asks for TAGS. */
  static ObjectNode tagged(Request r, EcsRuntime runtime, ObjectNode resource, String arnMember) {
    if (r.strings("include").contains("TAGS")) {
      resource.set("tags", Shapes.tags(Lookups.tags(runtime, resource.get(arnMember).textValue())));
    }
    return resource;
  }

  /** Whether the error is anything but an unknown cluster (which fails the whole call). */
  static boolean notCluster(EcsException e) {
    return !(e instanceof ClusterNotFoundException);
  }
}
