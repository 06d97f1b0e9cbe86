package dev.ecsdsl.junit;

import dev.ecsdsl.runtime.EcsRuntime;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The fields of a test class the extension fills: every field, other than the {@link Deploy @Deploy}
 * one, whose type is one it injects (see {@link Injectables}).
 */
final class InjectedFields {
  private InjectedFields() {}

  static List<Field> staticFields(Class<?> testClass) {
    return find(testClass, f -> Modifier.isStatic(f.getModifiers()));
  }

  static List<Field> instanceFields(Class<?> testClass) {
    return find(testClass, f -> !Modifier.isStatic(f.getModifiers()));
  }

  static void inject(List<Field> fields, Object instance, EcsRuntime runtime) {
    for (Field field : fields) {
      String where = "field " + field.getDeclaringClass().getSimpleName() + "." + field.getName();
      if (Modifier.isFinal(field.getModifiers())) {
        throw new ExtensionConfigurationException(where + " is final: the extension cannot fill it");
      }
      Object value;
      try {
        value = Injectables.resolve(field.getType(), field, where, runtime);
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException(e.getMessage(), e);
      }
      field.setAccessible(true);
      try {
        field.set(Modifier.isStatic(field.getModifiers()) ? null : instance, value);
      } catch (IllegalAccessException e) {
        throw new ExtensionConfigurationException("cannot set " + where, e);
      }
    }
  }

  private static List<Field> find(Class<?> testClass, Predicate<Field> which) {
    return ReflectionSupport.findFields(testClass,
        which.and(f -> !f.isAnnotationPresent(Deploy.class)).and(f -> Injectables.supports(f.getType())),
        HierarchyTraversalMode.TOP_DOWN);
  }
}
