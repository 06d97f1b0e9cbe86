package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.api.FuzzCalls.FuzzCall;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The endpoint under generated calls of every served operation (issue 16's fuzzer): bodies from ECS's model, valid
 * ones that build state, each bent by wrong types, missing members, unknown references, huge values, odd strings,
 * broken JSON, plus issue 22's hostile calls verbatim. After each call: the answer is a success in the shape the
 * model declares for the operation, or an ECS error (4xx, {@code __type}, a message without Java names); and a
 * refused call left the runtime's whole state as it was ({@link StateSnapshot}). 100 sequences of 50–60 calls, so
 * at least 5,000 calls per run. The seed is fixed so that the build is deterministic; to explore, change it (or
 * remove it for a random one): jqwik prints the seed of a failing run and shrinks the sequence.
 */
class EndpointFuzzProperties {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  /** Names of Java types and stack frames that must never reach a caller. */
  private static final Pattern JAVA_NAMES = Pattern.compile(
      "com\\.fasterxml|java\\.(lang|util|io)|dev\\.ecsdsl|\\bat [a-z]+\\.[a-z]+\\.|Exception:|NullPointer"
          + "|jackson|\\bnull\\b pointer|Caused by");
  private static final Set<String> SERVED = served();
  private static final AtomicInteger CALLS = new AtomicInteger();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
  private final ResponseCheck shapes = new ResponseCheck(ApiModel.ecs());

  @Provide
  Arbitrary<List<FuzzCall>> sequences() {
    return new FuzzCalls(SERVED).sequences(50, 60);
  }

  @Property(tries = 100, seed = "20261207")
  void everyAnswerIsSuccessOrAnEcsErrorAndARefusedCallChangesNothing(@ForAll("sequences") List<FuzzCall> calls)
      throws Exception {
    try (InMemoryEcs ecs = InMemoryEcs.create(7); EcsApiServer server = start(ecs)) {
      int index = 0;
      for (FuzzCall generated : calls) {
        FuzzCall call = resolve(generated, ecs);
        StateSnapshot before = StateSnapshot.of(ecs);
        HttpResponse<String> answer = send(server, call);
        CALLS.incrementAndGet();
        String where = "call " + index + " of " + calls.size() + ": " + call + "\nanswer " + answer.statusCode()
            + " " + clip(answer.body());
        assertThat(answer.statusCode()).as(where).isIn(200, 400, 404, 413);
        JsonNode body = Shapes.JSON.readTree(answer.body());
        if (answer.statusCode() == 200) {
          assertThat(shapes.problem(call.operation(), body)).as(where).isEmpty();
        } else {
          assertThat(body.path("__type").asText()).as(where).matches("[A-Za-z]+Exception");
          assertThat(body.path("message").asText()).as(where).doesNotContainPattern(JAVA_NAMES);
          StateSnapshot after = StateSnapshot.of(ecs);
          if (!after.equals(before)) {
            throw new AssertionError(where + "\nthe refused call changed the state:\n"
                + before.firstDifference(after));
          }
        }
        if (++index % 10 == 0) {
          server.advance(Duration.ofSeconds(45));
        }
      }
    }
  }

  @AfterContainer
  static void report() {
    org.slf4j.LoggerFactory.getLogger(EndpointFuzzProperties.class).info("the fuzzer sent {} calls", CALLS.get());
  }

  private static EcsApiServer start(InMemoryEcs ecs) {
    ecs.deploy(AwsSdkTest.shop());
    return EcsApiServer.start(ecs);
  }

  /** Puts a task and a container instance the runtime has in place of the placeholders. */
  private static FuzzCall resolve(FuzzCall call, InMemoryEcs ecs) {
    if (!call.body().contains("$")) {
      return call;
    }
    String task = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all()).stream().map(Task::taskArn).findFirst()
        .orElse(FuzzValues.ARN + "task/prod/0123456789abcdef0123456789abcdef");
    String instance = ListAndDescribe.containerInstances(ecs.ecs(), "prod").stream().findFirst()
        .map(i -> i.containerInstanceArn())
        .orElse(FuzzValues.ARN + "container-instance/prod/0123456789abcdef0123456789abcdef");
    return new FuzzCall(call.operation(), call.body().replace(FuzzValues.TASK, task)
        .replace(FuzzValues.INSTANCE, instance));
  }

  private HttpResponse<String> send(EcsApiServer server, FuzzCall call) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(server.endpoint().resolve("/")).timeout(PATIENCE)
        .header("X-Amz-Target", EcsApiServer.TARGET_PREFIX + call.operation())
        .header("Content-Type", "application/x-amz-json-1.1")
        .POST(HttpRequest.BodyPublishers.ofString(call.body())).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Set<String> served() {
    try (InMemoryEcs ecs = InMemoryEcs.create(1); EcsApiServer server = EcsApiServer.start(ecs)) {
      return server.operationNames();
    }
  }

  private static String clip(String text) {
    return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
  }
}
