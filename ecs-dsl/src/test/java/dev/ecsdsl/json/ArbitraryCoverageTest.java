package dev.ecsdsl.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Example;

/**
 * The round-trip properties prove something only if their generators reach every member of the model: this
 * test generates a fixed-seed sample and checks that every member of every type of the task-definition and
 * service subtrees, and every enum value, shows up in the written JSON at least once. When the model gains
 * a member, this test names it until {@link ModelArbitraries} generates it. (jqwik examples, as generators
 * run on jqwik threads only.)
 */
class ArbitraryCoverageTest {
  private static final int SAMPLES = 500;

  @Example
  void taskDefinitionGeneratorReachesEveryMemberAndValue() {
    assertCovers(ModelArbitraries.taskDefinitions(), TaskDefinition.class, EcsJson::writeTaskDefinition);
  }

  @Example
  void serviceGeneratorReachesEveryMemberAndValue() {
    assertCovers(ModelArbitraries.services(), Service.class, EcsJson::writeService);
  }

  private static <T> void assertCovers(Arbitrary<T> arbitrary, Class<T> type, Function<T, String> write) {
    Shape.Struct root = ModelShapes.of(type);
    Set<String> expected = new TreeSet<>();
    everything(root, expected, new java.util.HashSet<>());
    assertThat(expected).as("members of the subtree").hasSizeGreaterThan(40);

    Set<String> seen = new TreeSet<>();
    RandomGenerator<T> generator = arbitrary.generator(1000);
    Random random = new Random(4711);
    for (int i = 0; i < SAMPLES; i++) {
      T value = generator.next(random).value();
      collect(JsonFiles.tree(write.apply(value)), root, seen);
    }

    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(seen);
    assertThat(missing).as("members and values never generated").isEmpty();
  }

  /** Every member and enum value reachable from the shape, as "Type.member" and "Enum=value". */
  private static void everything(Shape shape, Set<String> out, Set<Class<?>> visited) {
    if (shape instanceof Shape.Struct s) {
      if (!visited.add(s.type())) {
        return;
      }
      for (Shape.Member m : s.members().values()) {
        out.add(s.type().getSimpleName() + "." + m.name());
        everything(m.shape(), out, visited);
      }
    } else if (shape instanceof Shape.ListOf l) {
      everything(l.element(), out, visited);
    } else if (shape instanceof Shape.MapOf m) {
      everything(m.value(), out, visited);
    } else if (shape instanceof Shape.Choice c) {
      c.values().forEach(v -> out.add(c.type().getSimpleName() + "=" + v));
    }
  }

  /** What of it the JSON holds: members with a value, and the enum values used. */
  private static void collect(JsonNode node, Shape shape, Set<String> out) {
    if (shape instanceof Shape.Struct s) {
      node.fields().forEachRemaining(e -> {
        Shape.Member m = s.member(e.getKey());
        out.add(s.type().getSimpleName() + "." + e.getKey());
        collect(e.getValue(), m.shape(), out);
      });
    } else if (shape instanceof Shape.ListOf l) {
      node.forEach(element -> collect(element, l.element(), out));
    } else if (shape instanceof Shape.MapOf m) {
      node.forEach(value -> collect(value, m.value(), out));
    } else if (shape instanceof Shape.Choice c) {
      out.add(c.type().getSimpleName() + "=" + node.asText());
    }
  }
}
