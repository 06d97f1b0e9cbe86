package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Deployment controller of a service: only ECS (rolling update) is simulated. ECS API: {@code DeploymentController}. */
@Value.Immutable
@JsonSerialize(as = ImmutableDeploymentController.class)
@JsonDeserialize(as = ImmutableDeploymentController.class)
public interface DeploymentController {
  /** {@return {@code ECS}, {@code CODE_DEPLOY} or {@code EXTERNAL}} */
  String type();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeploymentController}. */
  class Builder extends ImmutableDeploymentController.Builder {}
}
