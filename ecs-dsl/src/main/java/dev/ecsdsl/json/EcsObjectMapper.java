package dev.ecsdsl.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The one Jackson configuration for ECS JSON. Only {@code @JsonProperty} accessors count (the Immutables
 * classes mark exactly the model's attributes; helpers such as {@code isEssentialOrDefault()} or
 * {@code protocolOrDefault()} are never written), {@code Optional}s are unwrapped and left out when empty,
 * nothing is coerced (a string is never a number), duplicate members and trailing content are errors, and
 * output is indented by two spaces as {@code "name": value}.
 */
final class EcsObjectMapper {
  /** The shared, immutable-once-built mapper. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new GuavaModule())
      .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS,
          MapperFeature.AUTO_DETECT_SETTERS, MapperFeature.AUTO_DETECT_FIELDS)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .serializationInclusion(JsonInclude.Include.NON_ABSENT)
      .build();

  /**
   * The parsers that read documents token by token ({@link JsonSource}). Member names are not canonicalized,
   * so a document of 300,000 distinct names does not fill a symbol table, and duplicate members are found by
   * {@link CheckingReader} among the members that mean something, so that the set of names seen stays as
   * small as the model's types; Jackson's own limits on name and string length and nesting depth apply.
   */
  static final JsonFactory STREAMING = JsonFactory.builder()
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build();

  /** Writes two-space indented JSON, {@code "name": value}, arrays one element a line, {@code {}} when empty. */
  static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private EcsObjectMapper() {}
}
