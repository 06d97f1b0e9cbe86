package dev.ecsdsl.runtime;

import dev.ecsdsl.runtime.waiters.Await;
import dev.ecsdsl.runtime.waiters.Conditions;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The 0.1 clock, load balancer, fault and wait calls of {@link EcsRuntime}, every one deprecated: each one calls the group of {@link EcsRuntime}
 * that replaces it, and its javadoc says which call. The CHANGELOG's migration section lists them all.
 *
 * @deprecated use the groups of {@link EcsRuntime} ({@code ecs()}, {@code elb()}, {@code clock()}, {@code faults()},
 *     {@code events()}, {@code waiter()}, {@code await(..)}); this interface goes away with its methods
 */
@Deprecated(since = "0.2.0", forRemoval = true)
public interface LegacyRuntimeCalls {
  /** {@return the ECS API} */
  EcsApi ecs();

  /**
   * A wait for a condition.
   *
   * @param condition what to wait for
   * @return the wait, to run with {@code atMost}
   */
  Await await(dev.ecsdsl.runtime.waiters.Condition condition);

  /** {@return Elastic Load Balancing} */
  ElbApi elb();

  /** {@return what containers wrote} */
  LogsApi logs();

  /** {@return the runtime's time} */
  RuntimeClock clock();

  /** {@return what a test breaks} */
  Faults faults();

  /** {@return every event so far, oldest first} */
  List<RuntimeEvent> events();

  /**
   * A wait for a condition without words.
   *
   * @param condition whether it holds
   * @return the wait, to run with {@code atMost}
   */
  Await await(Predicate<EcsRuntime> condition);


  /**
   * Kills a running container.
   *
   * @param cluster the cluster's name or ARN
   * @param task the task's ARN or id
   * @param container the container's name
   * @deprecated use {@code faults().killContainer(r -> r.cluster(cluster).task(task).container(container))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default void killContainer(String cluster, String task, String container) {
    faults().killContainer(r -> r.cluster(cluster).task(task).container(container));
  }

  /**
   * What a container wrote.
   *
   * @param cluster the cluster's name or ARN
   * @param task the task's ARN or id
   * @param container the container's name
   * @return the lines written
   * @deprecated use {@code logs().getLogEvents(r -> r.cluster(cluster).task(task).container(container)).messages()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<String> logs(String cluster, String task, String container) {
    return logs().getLogEvents(r -> r.cluster(cluster).task(task).container(container)).messages();
  }

  /**
   * Lets time pass until the service is steady, and returns it.
   *
   * @param cluster the cluster's name or ARN
   * @param service the service's name or ARN
   * @param timeout how much time to wait at most
   * @return the service, steady
   * @throws ServiceNotSteadyException after {@code timeout}
   * @deprecated use {@code await(Conditions.serviceSteady(cluster, service)).atMost(timeout)}, or the SDK's
   *     {@code waiter().waitUntilServicesStable(..)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ServiceDescription awaitSteadyState(String cluster, String service, Duration timeout) {
    return Legacy.awaitSteadyState(ecs(), await(Conditions.serviceSteady(cluster, service)), cluster, service, timeout);
  }

  /**
   * ELB's DescribeTargetHealth.
   *
   * @param targetGroup the target group's name or ARN
   * @return one entry per registered target
   * @deprecated use {@code elb().describeTargetHealth(r -> r.targetGroupArn(targetGroup))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<TargetHealth> describeTargetHealth(String targetGroup) {
    return elb().describeTargetHealth(r -> r.targetGroupArn(targetGroup)).targetHealthDescriptions();
  }

  /**
   * Sends requests to a listener.
   *
   * @param loadBalancer the load balancer's name
   * @param listenerPort the listener's port
   * @param host the Host header
   * @param path the path
   * @param count how many
   * @return what happened to them
   * @deprecated use {@code elb().sendRequests(r -> r.loadBalancer(..).listenerPort(..).host(..).path(..).count(..))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default RequestResult sendRequests(String loadBalancer, int listenerPort, String host, String path, int count) {
    return elb().sendRequests(r -> r.loadBalancer(loadBalancer).listenerPort(listenerPort).host(host).path(path)
        .count(count));
  }

  /**
   * The current time.
   *
   * @return the runtime's current time
   * @deprecated use {@code clock().now()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default Instant now() {
    return clock().now();
  }

  /**
   * Lets time pass.
   *
   * @param duration how much time passes
   * @deprecated use {@code clock().advance(duration)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default void advance(Duration duration) {
    clock().advance(duration);
  }

  /**
   * Lets time pass until a condition holds; says nothing when it does not.
   *
   * @param condition checked after every event
   * @param timeout the most time that may pass
   * @return true when the condition held before the timeout
   * @deprecated use {@code await("what", condition).atMost(timeout)}, which says what it waited for when it times out
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default boolean runUntil(Predicate<EcsRuntime> condition, Duration timeout) {
    try {
      await(condition).atMost(timeout);
      return true;
    } catch (WaitTimeoutException e) {
      return false;
    }
  }

  /**
   * Lets time pass until nothing more is scheduled.
   *
   * @param limit the most time that may pass
   * @return the time that passed
   * @deprecated use {@code clock().runUntilIdle(limit)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default Duration runUntilIdle(Duration limit) {
    return clock().runUntilIdle(limit);
  }

  /**
   * The events as a readable timeline.
   *
   * @return one line per event
   * @deprecated use {@code events().timeline()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default String timeline() {
    return Timeline.format(events());
  }
}
