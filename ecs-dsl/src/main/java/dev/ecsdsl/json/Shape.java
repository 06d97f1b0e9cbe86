package dev.ecsdsl.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a JSON value must look like to become a model value: a scalar, one of an enum's ECS spellings, an
 * array, a string map, any JSON document, or an object of a model type with named members. Built from the model by
 * {@link ModelShapes}; read by {@link CheckingReader} and {@link CanonicalWriter}.
 */
sealed interface Shape {

  /** The kinds of JSON scalar the model uses. */
  enum ScalarKind {
    /** A JSON string. */
    STRING("a string"),
    /** A whole number that fits in 32 bits. */
    INT("a whole number"),
    /** A whole number that fits in 64 bits. */
    LONG("a whole number"),
    /** Any JSON number. */
    DOUBLE("a number"),
    /** true or false. */
    BOOLEAN("true or false");

    private final String description;

    ScalarKind(String description) {
      this.description = description;
    }

    /** How a message names what is expected. */
    String description() {
      return description;
    }
  }

  /** How a message names what is expected here. */
  String expected();

  /** A scalar. */
  record Scalar(ScalarKind kind) implements Shape {
    @Override
    public String expected() {
      return kind.description();
    }
  }

  /** A string that must be one of an enum's ECS spellings. */
  record Choice(Class<?> type, List<String> values) implements Shape {
    @Override
    public String expected() {
      return "one of " + String.join(", ", values);
    }
  }

  /** A JSON array. */
  record ListOf(Shape element) implements Shape {
    @Override
    public String expected() {
      return "an array";
    }
  }

  /** Any JSON value, kept as it is (ECS's JSON document type, such as a lifecycle hook's {@code hookDetails}). */
  record Document() implements Shape {
    @Override
    public String expected() {
      return "a JSON value";
    }
  }

  /** A JSON object with any member names. */
  record MapOf(Shape value) implements Shape {
    @Override
    public String expected() {
      return "an object of names and values";
    }
  }

  /**
   * A JSON object of a model type. Members are filled in after construction (so that a type may refer to
   * itself) and are read-only once {@link ModelShapes} hands the shape out.
   */
  final class Struct implements Shape {
    private final Class<?> type;
    private final Map<String, Member> members = new LinkedHashMap<>();

    Struct(Class<?> type) {
      this.type = type;
    }

    /** The model interface. */
    Class<?> type() {
      return type;
    }

    /** Its members by JSON name, in writing order. */
    Map<String, Member> members() {
      return Collections.unmodifiableMap(members);
    }

    void add(Member member) {
      members.put(member.name(), member);
    }

    /** The member of that exact name, or null. */
    Member member(String name) {
      return members.get(name);
    }

    /** What ECS knows about the type. */
    EcsMembers.TypeInfo ecs() {
      return EcsMembers.of(type);
    }

    @Override
    public String expected() {
      return "an object (" + ecs().ecsName() + ")";
    }

    @Override
    public String toString() {
      return "Struct[" + type.getSimpleName() + "]";
    }
  }

  /**
   * A member of a model object.
   *
   * @param name the JSON name, which is the model's accessor name
   * @param shape what its value looks like
   * @param required whether the model cannot be built without it
   */
  record Member(String name, Shape shape, boolean required) {}
}
