package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.runtime.Attribute;
import dev.ecsdsl.runtime.EcsRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * PutAttributes, DeleteAttributes and ListAttributes on container instances (the only target type ECS
 * has); the runtime keeps the attributes, and its placement sees them.
 */
final class AttributeOperations {
  private static final String TARGET_TYPE = "container-instance";
  private final EcsRuntime runtime;

  AttributeOperations(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("PutAttributes", r -> {
      List<Attribute> put = read(r, r.cluster());
      return attributes(runtime.ecs().putAttributes(q -> q.cluster(r.cluster()).attributes(put)).attributes());
    });
    handlers.put("DeleteAttributes", r -> {
      List<Attribute> deleted = read(r, r.cluster());
      return attributes(runtime.ecs().deleteAttributes(q -> q.cluster(r.cluster()).attributes(deleted))
          .attributes());
    });
    handlers.put("ListAttributes", this::listAttributes);
  }

  private ObjectNode listAttributes(Request r) {
    targetType(r.requiredString("targetType"));
    Optional<String> name = r.string("attributeName");
    Optional<String> value = r.string("attributeValue");
    if (value.isPresent() && name.isEmpty()) {
      throw ApiException.invalidParameter("ListAttributes: attributeValue needs attributeName.");
    }
    List<Attribute> matching = runtime.ecs().listAttributes(q -> q.cluster(r.cluster())).attributes().stream()
        .filter(a -> name.map(a.name()::equals).orElse(true))
        .filter(a -> value.map(a.value()::equals).orElse(true)).toList();
    return Pages.of(r, "attributes", matching, a -> a.targetId() + "/" + a.name(), Pages.Size.HUNDRED,
        AttributeOperations::add);
  }

  private static List<Attribute> read(Request r, String cluster) {
    r.require("attributes");
    List<Attribute> attributes = new ArrayList<>();
    for (Request attribute : r.objects("attributes")) {
      attribute.string("targetType").ifPresent(AttributeOperations::targetType);
      attributes.add(new Attribute(attribute.requiredString("name"), attribute.string("value").orElse(""),
          r.references().containerInstance(cluster, attribute.requiredString("targetId"))));
    }
    if (attributes.isEmpty()) {
      throw ApiException.invalidParameter("attributes must hold at least one attribute.");
    }
    return attributes;
  }

  private static void targetType(String type) {
    if (!type.equals(TARGET_TYPE)) {
      throw ApiException.invalidParameter("targetType must be " + TARGET_TYPE + "; was " + type + ".");
    }
  }

  private static ObjectNode attributes(List<Attribute> attributes) {
    ObjectNode response = Shapes.object();
    ArrayNode list = response.putArray("attributes");
    attributes.forEach(a -> add(list, a));
    return response;
  }

  private static void add(ArrayNode list, Attribute attribute) {
    ObjectNode node = list.addObject().put("name", attribute.name());
    if (!attribute.value().isEmpty()) {
      node.put("value", attribute.value());
    }
    node.put("targetType", TARGET_TYPE).put("targetId", attribute.targetId());
  }
}
