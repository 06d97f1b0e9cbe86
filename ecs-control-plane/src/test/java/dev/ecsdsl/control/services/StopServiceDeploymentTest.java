package dev.ecsdsl.control.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.control.ServiceDeploymentOperations;
import dev.ecsdsl.runtime.ConflictException;
import dev.ecsdsl.runtime.InvalidParameterException;
import dev.ecsdsl.runtime.ServiceDeploymentNotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions and StopServiceDeployment (API
 * reference; developer guide, "Stopping Amazon ECS service deployments"): "You can use this option even if you
 * didn't configure the service deployment for the rollback option."
 */
class StopServiceDeploymentTest {
  private final TrafficShiftShop shop = new TrafficShiftShop();

  private ServiceDeploymentOperations operations() {
    return shop.plane.serviceDeployments();
  }

  @Test
  void stopWithRollbackTakesALinearDeploymentBackToBlue() {
    shop.deployed(TrafficShiftShop.shop(s -> s.linear(10.0, 5, 10).deploymentAlarms(false, "green-5xx")));
    shop.update("web:2");
    shop.loop.advance(Duration.ofMinutes(12));
    ServiceDeployment deployment = shop.latest();
    assertThat(deployment.productionTrafficWeight()).hasValueSatisfying(w -> assertThat(w).isGreaterThan(0.0));

    operations().stop(deployment.arn(), "ROLLBACK");
    shop.loop.advance(Duration.ofMinutes(10));

    assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    assertThat(deployment.rollback()).hasValueSatisfying(r ->
        assertThat(r.reason()).contains("StopServiceDeployment"));
    assertThat(shop.production(20)).isEqualTo(Map.of("blue", 20L, "green", 0L));
    assertThat(shop.runningRevisions()).containsExactly("web:1", "web:1");
    assertThatThrownBy(() -> operations().stop(deployment.arn(), "ROLLBACK"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void abortStopsWhereItIs() {
    shop.deployed(TrafficShiftShop.shop(s -> s.linear(10.0, 5, 10)));
    shop.update("web:2");
    shop.loop.advance(Duration.ofMinutes(12));
    ServiceDeployment deployment = shop.latest();
    double weight = deployment.productionTrafficWeight().orElseThrow();

    operations().stop(deployment.arn(), "ABORT");
    shop.loop.advance(Duration.ofMinutes(30));

    assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.STOPPED);
    assertThat(deployment.productionTrafficWeight()).contains(weight);
  }

  @Test
  void listsDescribesAndCountsRevisions() {
    shop.deployed(TrafficShiftShop.shop(s -> s.blueGreen(5)));
    shop.update("web:2");
    while (shop.latest().lifecycleStage().orElseThrow() != DeploymentLifecycleStage.BAKE_TIME) {
      shop.loop.advance(Duration.ofSeconds(5));
    }
    List<ServiceDeployment> listed = operations().list("prod", "web", List.of(), Optional.empty(), Optional.empty());
    assertThat(listed).extracting(ServiceDeployment::status).containsExactly(ServiceDeploymentStatus.IN_PROGRESS,
        ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(operations().list("prod", "web", List.of(ServiceDeploymentStatus.SUCCESSFUL), Optional.empty(),
        Optional.empty())).hasSize(1);
    ServiceDeployment latest = listed.get(0);
    assertThat(operations().find(latest.arn())).containsSame(latest);
    ServiceRevision green = operations().findRevision(latest.target().arn()).orElseThrow();
    ServiceRevision blue = operations().findRevision(latest.sources().get(0).arn()).orElseThrow();
    assertThat(operations().counts(green)).isEqualTo(new RevisionCounts(2, 2, 0));
    assertThat(operations().counts(blue)).isEqualTo(new RevisionCounts(2, 2, 0));
    assertThat(green.loadBalancers().get(0).targetGroupArn()).contains("green");

    assertThat(operations().find(latest.arn() + "x")).isEmpty();
    assertThatThrownBy(() -> operations().stop(latest.arn() + "x", "ROLLBACK"))
        .isInstanceOf(ServiceDeploymentNotFoundException.class)
        .hasMessageContaining("You can use ListServiceDeployments");
    assertThatThrownBy(() -> operations().stop(latest.arn(), "PAUSE")).isInstanceOf(InvalidParameterException.class);
  }
}
