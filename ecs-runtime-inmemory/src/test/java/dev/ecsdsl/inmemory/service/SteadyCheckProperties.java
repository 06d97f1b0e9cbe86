package dev.ecsdsl.inmemory.service;

import static dev.ecsdsl.inmemory.service.RolloutScenario.CLUSTER;
import static dev.ecsdsl.inmemory.service.RolloutScenario.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.DescribeServicesResponse;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceStatus;
import dev.ecsdsl.runtime.waiters.SteadyStateCheck.WaiterState;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/**
 * {@link InMemoryEcs#awaitSteadyState} and {@code waiter().waitUntilServicesStable} watch the scheduler's own
 * checks instead of a DescribeServices after every event; each must agree with what a DescribeServices says at
 * every instant of any rollout, and (for the services-stable acceptors) of the service's deletion and of a service
 * that does not exist.
 */
@Tag("service")
class SteadyCheckProperties {
  private static final String NEVER_CREATED = "never-created";

  @Property(tries = 100)
  void theCheapChecksAgreeWithDescribeServicesAfterEveryEvent(@ForAll("scenarios") RolloutScenario scenario) {
    try (InMemoryEcs ecs = InMemoryEcs.create(scenario.seed())) {
      ecs.behaviourOfImage(RolloutScenario.NEW_IMAGE, scenario.script().behaviour());
      ecs.deploy(scenario.environment());
      List<String> disagreements = new ArrayList<>();
      observe(ecs, Duration.ofMinutes(5), disagreements);
      ecs.ecs().updateService(r -> r.cluster(CLUSTER).service(SERVICE).taskDefinition("web:2"));
      observe(ecs, Duration.ofMinutes(20), disagreements);
      ecs.ecs().deleteService(r -> r.cluster(CLUSTER).service(SERVICE).force(true));
      observe(ecs, Duration.ofMinutes(10), disagreements);

      assertThat(disagreements).as("%s", scenario).isEmpty();
    }
  }

  /** Checks after every event for {@code duration}: a wait for a condition that never holds, to its timeout. */
  private static void observe(InMemoryEcs ecs, Duration duration, List<String> disagreements) {
    try {
      ecs.await("the end of the observed period", r -> {
        check(ecs, disagreements);
        return false;
      }).atMost(duration);
    } catch (WaitTimeoutException expected) {
      // the period is over
    }
  }

  private static void check(InMemoryEcs ecs, List<String> disagreements) {
    DescribeServicesResponse response = ecs.ecs().describeServices(r -> r.cluster(CLUSTER).services(SERVICE));
    if (!response.services().isEmpty()) {
      boolean described = response.service().isSteady();
      boolean cheap = ecs.isSteady(CLUSTER, SERVICE);
      if (described != cheap) {
        disagreements.add(ecs.clock().now() + ": DescribeServices says steady " + described + ", the cheap check "
            + cheap);
      }
    }
    for (String service : List.of(SERVICE, NEVER_CREATED)) {
      WaiterState described = acceptor(ecs.ecs().describeServices(r -> r.cluster(CLUSTER).services(service)));
      WaiterState cheap = ecs.servicesStable(CLUSTER, service);
      if (described != cheap) {
        disagreements.add(ecs.clock().now() + ": the services-stable acceptors on DescribeServices of " + service
            + " say " + described + ", the cheap check " + cheap);
      }
    }
  }

  /**
   * The services-stable waiter's acceptors, as the AWS SDK's {@code DefaultEcsWaiter} has them: MISSING, DRAINING
   * or INACTIVE fail; one deployment with running = desired succeeds.
   */
  private static WaiterState acceptor(DescribeServicesResponse response) {
    if (response.failures().stream().anyMatch(f -> f.reason().equals("MISSING"))) {
      return WaiterState.FAILURE;
    }
    ServiceDescription service = response.service();
    if (service.status() == ServiceStatus.DRAINING || service.status() == ServiceStatus.INACTIVE) {
      return WaiterState.FAILURE;
    }
    return service.deployments().size() == 1 && service.runningCount() == service.desiredCount()
        ? WaiterState.SUCCESS : WaiterState.RETRY;
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<RolloutScenario> scenarios() {
    return RolloutArbitraries.scenarios();
  }
}
