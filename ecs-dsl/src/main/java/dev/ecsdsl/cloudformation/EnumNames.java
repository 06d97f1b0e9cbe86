package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** Model enums by the names AWS writes them ({@code @JsonProperty}, else the constant's name). */
final class EnumNames {
  private EnumNames() {}

  static <E extends Enum<E>> E of(Class<E> type, String text, String path) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String name = name(constant);
      if (name.equals(text) || constant.name().equals(text)) {
        return constant;
      }
      names.add(name);
    }
    throw new TemplateError(path, TemplateRules.INVALID_PROPERTY, "'" + text + "' is not one of "
        + String.join(", ", names) + Suggest.among(text, names.iterator()), "give one of " + String.join(", ", names));
  }

  static String name(Enum<?> constant) {
    try {
      JsonProperty p = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
      return p != null && !p.value().isEmpty() ? p.value() : constant.name();
    } catch (NoSuchFieldException e) {
      return constant.name();
    }
  }
}
