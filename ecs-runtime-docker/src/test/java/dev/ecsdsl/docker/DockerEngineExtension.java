package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.model.Environment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Docker engine of a test class, connected before its first test and closed after its last, with the
 * busybox test image built (once per engine, cached). Register it on a static field of a {@link
 * RequiresDocker} class: {@code @RegisterExtension static final DockerEngineExtension ENGINE = new
 * DockerEngineExtension();}. Runtimes made with {@link #runtime} are closed after each test, and the test
 * fails if one left a container, network, volume, NAT rule or thread.
 */
public final class DockerEngineExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  private final List<DockerEcs> runtimes = new ArrayList<>();
  private DockerClient docker;
  private String busybox;

  @Override
  public void beforeAll(ExtensionContext context) {
    docker = DockerEngine.connect();
  }

  /** Closes the runtimes the test made with {@link #runtime} and checks that none left anything. */
  @Override
  public void afterEach(ExtensionContext context) {
    List<DockerEcs> made = List.copyOf(runtimes);
    runtimes.clear();
    RuntimeException failure = null;
    for (DockerEcs ecs : made) {
      try {
        ecs.close();
      } catch (RuntimeException e) {
        // close the others anyway; what this one left is removed (and reported) by LeftoverCheck
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    made.forEach(ecs -> assertNothingLeft(ecs.runId()));
    made.forEach(ecs -> assertNoThreadsOf(ecs.runId()));
  }

  /**
   * Asserts that no thread of run {@code runId} is left (the agent's workers and watcher, the endpoints' and
   * the load balancers' threads carry the run id in their names), giving ended pools a moment to wind down.
   */
  public static void assertNoThreadsOf(String runId) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    List<String> left = threadsOf(runId);
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      left = threadsOf(runId);
    }
    assertThat(left).as("threads of run %s", runId).isEmpty();
  }

  private static List<String> threadsOf(String runId) {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
        .filter(name -> name.contains("-" + runId + "-")).toList();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (docker != null) {
      docker.close();
    }
  }

  /** The engine's client. */
  public DockerClient docker() {
    if (docker == null) {
      throw new IllegalStateException("the engine is connected before the class's first test");
    }
    return docker;
  }

  /** The busybox test image's tag, built on first use. */
  public String busybox() {
    if (busybox == null) {
      busybox = TestImages.busybox(docker());
    }
    return busybox;
  }

  /**
   * A runtime with {@link DockerTesting#QUICK} timings and {@code environment} deployed, closed after the
   * test, which then fails if the runtime left anything behind.
   */
  public DockerEcs runtime(long seed, Environment environment) {
    DockerEcs ecs = DockerEcs.create(seed, DockerTesting.QUICK);
    runtimes.add(ecs);
    ecs.deploy(environment);
    return ecs;
  }

  /** Asserts that nothing labelled with run {@code runId} is left: containers, networks, volumes, NAT rules. */
  public void assertNothingLeft(String runId) {
    assertThat(DockerTesting.containersOf(docker(), runId)).as("containers of run %s", runId).isEmpty();
    assertThat(DockerTesting.networksOf(docker(), runId)).as("networks of run %s", runId).isEmpty();
    assertThat(DockerTesting.volumesOf(docker(), runId)).as("volumes of run %s", runId).isEmpty();
    try {
      assertThat(DockerTesting.natRules()).as("NAT rules").doesNotContain(DockerTesting.natRuleComment(runId));
    } catch (IOException e) {
      throw new IllegalStateException("cannot list NAT rules", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
