package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every operation of ECS's model (the AWS SDK's {@code ecs} 2.42.37) is either served or left out with a reason, and
 * the README's table of operations says which, with the same reasons.
 */
class OperationsTableTest {
  private static final Path README = Paths.get("..", "README.md");

  @Test
  void everyOperationOfTheModelIsServedOrLeftOutWithAReason() {
    Set<String> served = served();
    Set<String> all = new TreeSet<>(ApiModel.ecs().operations().keySet());

    assertThat(all).hasSize(76);
    assertThat(served).doesNotContainAnyElementsOf(LeftOut.REASONS.keySet());
    Set<String> both = new TreeSet<>(served);
    both.addAll(LeftOut.REASONS.keySet());
    assertThat(both).isEqualTo(all);
  }

  @Test
  void theReadmeListsTheServedOperationsAndTheOnesLeftOutWithTheirReason() throws Exception {
    Assumptions.assumeTrue(Files.isReadable(README), "the README is not next to the module");
    String readme = Files.readString(README);
    int start = readme.indexOf("#### Operations served");
    assertThat(start).as("the README has the operations table").isPositive();
    String section = readme.substring(start, readme.indexOf("\n#", start + 5));
    String servedLine = section.lines().filter(l -> l.startsWith("| served")).findFirst().orElse("");
    assertThat(servedLine).as("the served row").isNotEmpty();
    for (String operation : served()) {
      assertThat(servedLine).as("the served row names %s", operation).contains("`" + operation + "`");
    }
    LeftOut.REASONS.forEach((operation, reason) -> assertThat(section.lines()
        .filter(l -> l.contains("`" + operation + "`") && !l.startsWith("| served")).findFirst())
        .as("a row names %s as left out", operation).hasValueSatisfying(l -> assertThat(l).contains(reason)));
  }

  private static Set<String> served() {
    try (InMemoryEcs ecs = InMemoryEcs.create(1); EcsApiServer server = EcsApiServer.start(ecs)) {
      return new TreeSet<>(server.operationNames());
    }
  }
}
