package dev.ecsdsl.benchmarks;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.api.ClockMode;
import dev.ecsdsl.api.EcsApiServer;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 22's soak: {@link EcsApiServer} under a steady mix of calls from 16 threads for a given number of minutes,
 * its virtual clock following the wall clock 60 times as fast (so a 10-minute soak is 10 virtual hours, and what
 * ECS forgets after an hour can be forgotten). Each thread repeats: RunTask of one task, DescribeTasks of it,
 * StopTask of it; CreateService of a service of one task, DescribeServices, UpdateService to two tasks, ListTasks
 * of the service, DeleteService (force); ListTasks of stopped tasks; ListServices; ListClusters. Every minute it
 * prints the calls answered in that minute and the live heap after a full GC; a non-2xx answer is counted as an
 * error.
 *
 * <pre>java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.ecsdsl.benchmarks.EndpointSoakBenchmark [minutes] [threads]</pre>
 */
public final class EndpointSoakBenchmark {
  private static final Pattern TASK_ARN = Pattern.compile("\"taskArn\":\"([^\"]+)\"");

  private EndpointSoakBenchmark() {}

  static Environment environment() {
    return Ecs.environment("soak")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.4xlarge").count(6)
            .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .taskDefinition("job", td -> td.container("main", a -> a.image("job:1").memory(16)))
        .build();
  }

  /** Runs the soak and prints one line a minute. */
  public static void main(String[] args) throws Exception {
    int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    AtomicLong calls = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    try (InMemoryEcs ecs = InMemoryEcs.create(22)) {
      ecs.deploy(environment());
      EcsApiServer server = EcsApiServer.start(ecs, 0, ClockMode.wallClock(60));
      try {
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
          int id = t;
          workers[t] = new Thread(() -> work(id, server.endpoint(), running, calls, errors), "soak-" + t);
          workers[t].start();
        }
        long start = System.nanoTime();
        long last = 0;
        for (int minute = 1; minute <= minutes; minute++) {
          long due = start + minute * 60_000_000_000L;
          while (System.nanoTime() < due) {
            Thread.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
          }
          long now = calls.get();
          long heap = LongAdvanceBenchmark.liveHeap();
          System.out.printf(Locale.ROOT, "minute %2d: %,7d calls (%,.0f calls/s), live heap after GC %.1f MB,"
              + " errors so far %d%n", minute, now - last, (now - last) / 60.0, heap / 1e6, errors.get());
          last = now;
        }
        running.set(false);
        for (Thread worker : workers) {
          worker.join(60_000);
        }
      } finally {
        server.close();
      }
    }
    System.exit(0);
  }

  private static void work(int id, URI endpoint, AtomicBoolean running, AtomicLong calls, AtomicLong errors) {
    HttpClient http = HttpClient.newBuilder().build();
    long round = 0;
    while (running.get()) {
      round++;
      String service = "svc-" + id + "-" + round;
      String run = call(http, endpoint, "RunTask", "{\"cluster\":\"prod\",\"taskDefinition\":\"job\"}", calls, errors);
      Matcher arn = TASK_ARN.matcher(run);
      if (arn.find()) {
        String task = arn.group(1);
        call(http, endpoint, "DescribeTasks", "{\"cluster\":\"prod\",\"tasks\":[\"" + task + "\"]}", calls, errors);
        call(http, endpoint, "StopTask", "{\"cluster\":\"prod\",\"task\":\"" + task + "\"}", calls, errors);
      }
      call(http, endpoint, "CreateService", "{\"cluster\":\"prod\",\"serviceName\":\"" + service
          + "\",\"taskDefinition\":\"job\",\"desiredCount\":1}", calls, errors);
      call(http, endpoint, "DescribeServices", "{\"cluster\":\"prod\",\"services\":[\"" + service + "\"]}", calls,
          errors);
      call(http, endpoint, "UpdateService", "{\"cluster\":\"prod\",\"service\":\"" + service
          + "\",\"desiredCount\":2}", calls, errors);
      call(http, endpoint, "ListTasks", "{\"cluster\":\"prod\",\"serviceName\":\"" + service + "\"}", calls, errors);
      call(http, endpoint, "DeleteService", "{\"cluster\":\"prod\",\"service\":\"" + service + "\",\"force\":true}",
          calls, errors);
      call(http, endpoint, "ListTasks", "{\"cluster\":\"prod\",\"desiredStatus\":\"STOPPED\"}", calls, errors);
      call(http, endpoint, "ListServices", "{\"cluster\":\"prod\"}", calls, errors);
      call(http, endpoint, "ListClusters", "{}", calls, errors);
    }
  }

  private static String call(HttpClient http, URI endpoint, String operation, String body, AtomicLong calls,
      AtomicLong errors) {
    String answer;
    try {
      answer = LongAdvanceBenchmark.call(http, endpoint, operation, body);
    } catch (IllegalStateException e) {
      answer = "599 " + e.getCause();
    }
    calls.incrementAndGet();
    if (!answer.startsWith("2")) {
      if (errors.incrementAndGet() <= 5) {
        System.out.println(operation + " answered " + (answer.length() > 300 ? answer.substring(0, 300) : answer));
      }
    }
    return answer;
  }
}
