package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.json.EcsJsonException;
import dev.ecsdsl.json.JsonImport;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Problem;

/**
 * {@code AWS::ECS::TaskDefinition} and {@code AWS::ECS::Service}: their properties are ECS's members in
 * CloudFormation's spelling ({@link CfnNaming}), read by the ECS JSON reader, so that every member the model
 * holds is read and every misspelt one is an error with the closest name; a missing {@code Family} or
 * {@code ServiceName} is the logical id. {@code AWS::ECS::TaskSet} and {@code AWS::ECS::PrimaryTaskSet} (the
 * EXTERNAL deployment controller) are reported as not simulated.
 */
final class TaskResources {
  private TaskResources() {}

  static void read(ReadContext ctx, ModelParts parts) {
    ctx.each("AWS::ECS::TaskDefinition", r -> {
      ObjectNode properties = KeptMembers.restore(ctx.properties(r).deepCopy(), r.metadata());
      if (!properties.has("Family")) {
        properties.put("Family", ctx.ids.name(r));
      }
      read(ctx, r, properties, TaskDefinition.class).ifPresent(td -> {
        parts.taskDefinitions.add(td);
        parts.taskDefinitionResources.put(r.logicalId(), td);
      });
    });
    ctx.each("AWS::ECS::Service", r -> {
      ObjectNode properties = KeptMembers.restore(ctx.properties(r).deepCopy(), r.metadata());
      if (!properties.has("ServiceName")) {
        properties.put("ServiceName", ctx.ids.name(r));
      }
      read(ctx, r, properties, Service.class).ifPresent(s -> parts.services.put(r.logicalId(), s));
    });
    for (String type : java.util.List.of("AWS::ECS::TaskSet", "AWS::ECS::PrimaryTaskSet")) {
      ctx.each(type, r -> ctx.notSimulated("Resources." + r.logicalId(), type + " " + r.logicalId()
          + " belongs to the EXTERNAL deployment controller, which is not simulated; its service runs the tasks of "
          + "its own task definition", "nothing to do"));
    }
  }

  /** Reads ECS properties with the ECS JSON reader; its problems get the template path and line. */
  static <T> java.util.Optional<T> read(ReadContext ctx, Template.Resource r, JsonNode properties, Class<T> type) {
    return read(ctx, r.propertiesPath(), r.type() + " " + r.logicalId(), properties, type);
  }

  static <T> java.util.Optional<T> read(ReadContext ctx, String path, String what, JsonNode properties,
      Class<T> type) {
    try {
      JsonImport<T> read = EcsJson.readTree(what, properties, type, CfnNaming.INSTANCE);
      read.warnings().forEach(w -> report(ctx, path, w));
      return java.util.Optional.of(read.value());
    } catch (EcsJsonException e) {
      e.problems().forEach(p -> report(ctx, path, p));
      return java.util.Optional.empty();
    }
  }

  private static void report(ReadContext ctx, String base, Problem p) {
    String path = p.path().isRoot() ? base : base + "." + String.join(".", p.path().segments());
    if (p.isError()) {
      ctx.problems.error(path, p.rule(), p.message(), p.fix());
    } else {
      ctx.problems.warning(path, p.rule(), p.message(), p.fix());
    }
  }
}
