package dev.ecsdsl.junit;

import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.model.Environment;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** The one {@link Deploy @Deploy} field of a test class, if it has one, and the environment it holds. */
record DeployField(Field field) {

  /** The class's {@code @Deploy} field; refuses a class with several. */
  static Optional<DeployField> of(Class<?> testClass) {
    List<Field> fields = AnnotationSupport.findAnnotatedFields(testClass, Deploy.class, f -> true,
        HierarchyTraversalMode.TOP_DOWN);
    if (fields.size() > 1) {
      throw new ExtensionConfigurationException(testClass.getSimpleName() + " has " + fields.size() + " @Deploy fields ("
          + fields.stream().map(Field::getName).collect(Collectors.joining(", "))
          + "); a runtime holds one environment, so keep one");
    }
    return fields.stream().findFirst().map(DeployField::new);
  }

  boolean isStatic() {
    return Modifier.isStatic(field.getModifiers());
  }

  /** The environment the field holds ({@code instance} is ignored for a static field); built if a builder. */
  Environment environment(Object instance) {
    Object value = ReflectionSupport.tryToReadFieldValue(field, isStatic() ? null : instance)
        .getOrThrow(e -> new ExtensionConfigurationException("cannot read @Deploy field " + name(), e));
    if (value instanceof Environment environment) {
      return environment;
    }
    if (value instanceof EnvironmentBuilder builder) {
      return builder.build();
    }
    throw new ExtensionConfigurationException("@Deploy field " + name() + " holds "
        + (value == null ? "null" : "a " + value.getClass().getName())
        + "; it must hold an Environment or an EnvironmentBuilder");
  }

  String name() {
    return field.getDeclaringClass().getSimpleName() + "." + field.getName();
  }
}
