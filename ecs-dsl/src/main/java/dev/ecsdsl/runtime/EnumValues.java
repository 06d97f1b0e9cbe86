package dev.ecsdsl.runtime;

import java.util.Arrays;
import java.util.Objects;

/** {@code fromValue} of the status enums: the constant whose ECS string form is {@code value}. */
final class EnumValues {
  private EnumValues() {}

  static <E extends Enum<E>> E fromValue(Class<E> type, String value) {
    Objects.requireNonNull(value, "value");
    for (E constant : type.getEnumConstants()) {
      if (constant.toString().equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no value " + value + "; its values are "
        + Arrays.toString(type.getEnumConstants()));
  }
}
