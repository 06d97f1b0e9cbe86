package dev.ecsdsl.runtime;

import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.waiters.Await;
import dev.ecsdsl.runtime.waiters.Condition;
import dev.ecsdsl.runtime.waiters.EcsWaiter;
import java.util.function.Predicate;

/**
 * A running ECS: the control plane of one {@link Environment}, its container instances and tasks. Both runtimes
 * implement it, with the same groups: the in-memory one moves a virtual clock, the Docker one follows the wall
 * clock.
 *
 * <ul>
 *   <li>{@link #ecs()}: the ECS API, in the shape of the AWS SDK for Java v2 (request objects or builders in,
 *       response objects out);
 *   <li>{@link #elb()}: target health, and requests through the load balancers' listeners;
 *   <li>{@link #serviceConnect()}: requests from tasks to Service Connect client aliases;
 *   <li>{@link #autoScaling()}, {@link #cloudWatch()}, {@link #logs()}: what scaling did, the metrics it read, what
 *       containers wrote;
 *   <li>{@link #clock()}: the runtime's time, to let it pass;
 *   <li>{@link #faults()}: what a test breaks (containers, instances, agents, zones, subnets);
 *   <li>{@link #events()}: every state change so far, and the timeline;
 *   <li>{@link #waiter()} and {@link #await}: waits that say what they waited for when it does not happen.
 * </ul>
 *
 * <pre>{@code
 * runtime.deploy(environment);
 * RunTaskResponse run = runtime.ecs().runTask(r -> r.cluster("prod").taskDefinition("worker").count(3));
 * runtime.waiter().waitUntilTasksRunning(r -> r.cluster("prod").tasks(run.tasks().get(0).taskArn()));
 * System.out.println(runtime.events().timeline());
 * }</pre>
 *
 * <p>A call that ECS would reject throws an {@link EcsException} named after ECS's error and changes nothing. The
 * methods of {@link LegacyEcsRuntime} and {@link LegacyRuntimeCalls} are the 0.1 API, deprecated: each says which
 * call replaces it.
 */
@SuppressWarnings({"deprecation", "removal"})
public interface EcsRuntime extends LegacyEcsRuntime, LegacyRuntimeCalls, AutoCloseable {

  /**
   * Deploys a description: registers its task definitions, creates its clusters and launches the container
   * instances of their instance groups. A runtime holds one environment.
   *
   * @param environment the description, as built with {@link dev.ecsdsl.Ecs#environment}
   * @throws dev.ecsdsl.validation.ValidationException when the description has errors
   * @throws IllegalStateException when an environment was already deployed
   */
  void deploy(Environment environment);

  /** {@return the deployed description, with what was registered since (task definition revisions, clusters)} */
  Environment environment();

  /** {@return the ECS API} */
  @Override
  EcsApi ecs();

  /** {@return Elastic Load Balancing: target health, and requests through the listeners} */
  @Override
  ElbApi elb();

  /** {@return Service Connect: requests from tasks to client aliases, through their proxies} */
  ServiceConnectApi serviceConnect();

  /** {@return Application Auto Scaling of the services} */
  AutoScalingApi autoScaling();

  /** {@return the CloudWatch metrics the runtime records} */
  CloudWatchApi cloudWatch();

  /** {@return what containers wrote, as CloudWatch Logs would hold it} */
  @Override
  LogsApi logs();

  /** {@return the runtime's time} */
  @Override
  RuntimeClock clock();

  /** {@return what a test breaks; what a runtime cannot do is refused saying why} */
  @Override
  Faults faults();

  /** {@return every event so far, oldest first, with the timeline} */
  @Override
  RuntimeEvents events();

  /** {@return the AWS SDK's ECS waiters on this runtime} */
  default EcsWaiter waiter() {
    return EcsWaiter.of(this);
  }

  /**
   * A wait for a condition; {@link Await#atMost} runs it and, when the time is up, throws a
   * {@link dev.ecsdsl.runtime.waiters.WaitTimeoutException} saying what was awaited, for how long and what was seen.
   *
   * <pre>{@code runtime.await(Conditions.serviceSteady("prod", "web")).atMost(Duration.ofMinutes(10));}</pre>
   *
   * @param condition what to wait for, with words for it
   * @return the wait, to run with {@code atMost}
   */
  @Override
  Await await(Condition condition);

  /**
   * A wait for a condition described in words.
   *
   * @param description what is awaited, for the timeout message, e.g. {@code "3 tasks of web running"}
   * @param condition whether it holds, checked after every event
   * @return the wait, to run with {@code atMost}
   */
  default Await await(String description, Predicate<EcsRuntime> condition) {
    return await(Condition.of(description, condition));
  }

  /**
   * A wait for a condition without words: the timeout message can only say "a condition"; prefer
   * {@link #await(String, Predicate)}.
   *
   * @param condition whether it holds, checked after every event
   * @return the wait, to run with {@code atMost}
   */
  @Override
  default Await await(Predicate<EcsRuntime> condition) {
    return await(Condition.of("a condition", condition));
  }

  /** Stops everything this runtime started and releases its resources. Safe to call twice. */
  @Override
  void close();
}
