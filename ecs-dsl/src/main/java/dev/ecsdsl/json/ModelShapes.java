package dev.ecsdsl.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON shape of a model type from the model itself: the members are the accessors the Immutables
 * implementation ({@code @JsonDeserialize(as = ImmutableX.class)}) marks with {@code @JsonProperty}, minus
 * {@code @JsonIgnore}d ones, so exactly what Jackson reads and writes. A member is required when the model
 * cannot be built without it (not {@code Optional}, not a collection, not a default method). Members are
 * ordered as ECS documents them ({@link EcsMembers}).
 */
final class ModelShapes {
  private static final Map<Class<?>, Shape.Struct> CACHE = new HashMap<>();

  private ModelShapes() {}

  /** The shape of a model type (an interface carrying {@code @JsonDeserialize(as = ...)}). */
  static synchronized Shape.Struct of(Class<?> modelType) {
    Shape.Struct cached = CACHE.get(modelType);
    if (cached != null) {
      return cached;
    }
    Class<?> impl = implementationOf(modelType);
    Shape.Struct struct = new Shape.Struct(modelType);
    CACHE.put(modelType, struct);
    try {
      List<Method> accessors = new ArrayList<>();
      for (Method m : impl.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !m.isBridge() && !m.isSynthetic()
            && m.isAnnotationPresent(JsonProperty.class) && !m.isAnnotationPresent(JsonIgnore.class)) {
          accessors.add(m);
        }
      }
      List<String> order = EcsMembers.of(modelType).writeOrder();
      accessors.sort(Comparator.<Method>comparingInt(m -> rank(order, jsonName(m))).thenComparing(ModelShapes::jsonName));
      for (Method m : accessors) {
        Type type = declaredType(modelType, m);
        struct.add(new Shape.Member(jsonName(m), shapeOf(type, modelType, m), isRequired(modelType, m, type)));
      }
      return struct;
    } catch (RuntimeException e) {
      CACHE.remove(modelType);
      throw e;
    }
  }

  /** The accessor's type as the model interface declares it ({@code List<X>}, not {@code ImmutableList<X>}). */
  private static Type declaredType(Class<?> modelType, Method implMethod) {
    try {
      return modelType.getMethod(implMethod.getName()).getGenericReturnType();
    } catch (NoSuchMethodException e) {
      return implMethod.getGenericReturnType();
    }
  }

  private static int rank(List<String> order, String name) {
    int i = order.indexOf(name);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static String jsonName(Method m) {
    String value = m.getAnnotation(JsonProperty.class).value();
    return value.isEmpty() ? m.getName() : value;
  }

  private static Class<?> implementationOf(Class<?> modelType) {
    JsonDeserialize annotation = modelType.getAnnotation(JsonDeserialize.class);
    if (annotation == null || annotation.as() == Void.class) {
      throw new IllegalArgumentException(modelType.getName() + " is not a JSON model type (no @JsonDeserialize(as = ...))");
    }
    return annotation.as();
  }

  private static boolean isRequired(Class<?> modelType, Method implMethod, Type type) {
    Class<?> raw = raw(type);
    if (raw == Optional.class || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      return false;
    }
    for (Annotation a : implMethod.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return false;
      }
    }
    try {
      Method declared = modelType.getMethod(implMethod.getName());
      // @Value.Default attributes are default methods: the model has a value when JSON has none.
      return !declared.isDefault();
    } catch (NoSuchMethodException e) {
      return true;
    }
  }

  private static Shape shapeOf(Type type, Class<?> owner, Method accessor) {
    if (type instanceof WildcardType w) {
      return shapeOf(w.getUpperBounds()[0], owner, accessor);
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = raw(p);
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        return shapeOf(args[0], owner, accessor);
      }
      if (Collection.class.isAssignableFrom(raw)) {
        return new Shape.ListOf(shapeOf(args[0], owner, accessor));
      }
      if (Map.class.isAssignableFrom(raw) && args[0] == String.class) {
        return new Shape.MapOf(shapeOf(args[1], owner, accessor));
      }
    }
    if (type instanceof Class<?> c) {
      if (c == String.class) {
        return new Shape.Scalar(Shape.ScalarKind.STRING);
      }
      if (c == Integer.class || c == int.class || c == Short.class || c == short.class) {
        return new Shape.Scalar(Shape.ScalarKind.INT);
      }
      if (c == Long.class || c == long.class) {
        return new Shape.Scalar(Shape.ScalarKind.LONG);
      }
      if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
        return new Shape.Scalar(Shape.ScalarKind.DOUBLE);
      }
      if (c == Boolean.class || c == boolean.class) {
        return new Shape.Scalar(Shape.ScalarKind.BOOLEAN);
      }
      if (c == dev.ecsdsl.model.HookDetails.class) {
        return new Shape.Document();
      }
      if (c.isEnum()) {
        return new Shape.Choice(c, enumValues(c));
      }
      if (c.isAnnotationPresent(JsonDeserialize.class)) {
        return of(c);
      }
    }
    throw new IllegalArgumentException("cannot map " + owner.getSimpleName() + "." + accessor.getName()
        + " of type " + type.getTypeName() + " to JSON");
  }

  /** The JSON spellings of an enum's constants: their {@code @JsonProperty} value, else their name. */
  static List<String> enumValues(Class<?> enumType) {
    List<String> values = new ArrayList<>();
    for (Object constant : enumType.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      try {
        JsonProperty p = enumType.getField(name).getAnnotation(JsonProperty.class);
        values.add(p != null && !p.value().isEmpty() ? p.value() : name);
      } catch (NoSuchFieldException e) {
        values.add(name);
      }
    }
    return List.copyOf(values);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }
}
