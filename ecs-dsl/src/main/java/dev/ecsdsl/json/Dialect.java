package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The model's members as a {@link MemberNaming} spells them, both ways, for {@link CheckingReader}: the name a
 * document writes for an ECS member, and the ECS member a written name stands for (looked up per shape, so the
 * cost is bounded by the model's members, not by the names a document holds); and scalars converted as
 * CloudFormation converts them.
 */
final class Dialect {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final MemberNaming naming;
  private final Map<Shape.Struct, Map<String, String>> ecsNames = new IdentityHashMap<>();

  Dialect(MemberNaming naming) {
    this.naming = naming;
  }

  /** The member's name as the document writes it. */
  String written(Shape.Struct struct, String ecsName) {
    return naming == MemberNaming.ECS ? ecsName : naming.written(struct.ecs().ecsName(), ecsName);
  }

  /**
   * The ECS name of a member as the document writes it: itself in ECS JSON; in another dialect the member it
   * spells, or a name no member has when it spells none.
   */
  String ecsName(Shape.Struct struct, String writtenName) {
    if (naming == MemberNaming.ECS) {
      return writtenName;
    }
    Map<String, String> names = ecsNames.computeIfAbsent(struct, s -> {
      Map<String, String> m = new HashMap<>();
      s.members().keySet().forEach(n -> m.put(written(s, n), n));
      s.ecs().ecsMembers().forEach(n -> m.putIfAbsent(written(s, n), n));
      s.ecs().readOnly().forEach(n -> m.putIfAbsent(written(s, n), n));
      return m;
    });
    return names.getOrDefault(writtenName, "\0" + writtenName);
  }

  /**
   * The scalar converted as CloudFormation converts it (a whole number in a string where a number is due, a
   * number or boolean where a string is, {@code "true"} where a boolean is), or null when it does not fit or
   * is already of the right type.
   */
  static JsonNode coerce(Shape.ScalarKind kind, JsonToken token, String text) {
    switch (kind) {
      case STRING:
        return token == JsonToken.VALUE_STRING ? null : TextNode.valueOf(text);
      case INT:
        if (token == JsonToken.VALUE_STRING && isWholeNumber(text)) {
          long value = Long.parseLong(text);
          return value == (int) value ? NODES.numberNode((int) value) : null;
        }
        return null;
      case LONG:
        return token == JsonToken.VALUE_STRING && isWholeNumber(text) ? NODES.numberNode(Long.parseLong(text)) : null;
      case DOUBLE:
        if (token == JsonToken.VALUE_STRING) {
          try {
            return NODES.numberNode(Double.parseDouble(text));
          } catch (NumberFormatException e) {
            return null;
          }
        }
        return null;
      case BOOLEAN:
      default:
        return token == JsonToken.VALUE_STRING && (text.equals("true") || text.equals("false"))
            ? NODES.booleanNode(text.equals("true")) : null;
    }
  }

  private static boolean isWholeNumber(String text) {
    return text.length() <= 18 && text.matches("-?\\d{1,18}");
  }
}
