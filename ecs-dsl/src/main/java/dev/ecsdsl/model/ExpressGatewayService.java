package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Amazon ECS Express Mode service (2025-11): from one image ECS makes the task definition, the Fargate service,
 * an Application Load Balancer with an HTTPS endpoint, target group, security groups and target tracking scaling.
 * ECS API: {@code CreateExpressGatewayService} (and {@code UpdateExpressGatewayService}). Read and validated; not
 * yet simulated by the runtimes (docs/SERVICE-CONNECT.md §5–6).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpressGatewayService.class)
@JsonDeserialize(as = ImmutableExpressGatewayService.class)
public interface ExpressGatewayService {
  /** {@return the task execution role} */
  String executionRoleArn();

  /** {@return the infrastructure role ECS uses to make the load balancer, security groups and scaling} */
  String infrastructureRoleArn();

  /** {@return the service name; made up by ECS when unset} */
  Optional<String> serviceName();

  /** {@return the cluster (name or ARN); {@code default} when unset} */
  Optional<String> cluster();

  /** {@return the path the load balancer checks; {@code /ping} when unset} */
  Optional<String> healthCheckPath();

  /** {@return the application container} */
  ExpressGatewayContainer primaryContainer();

  /** {@return the task role} */
  Optional<String> taskRoleArn();

  /** {@return the subnets and security groups; the default VPC's when unset} */
  Optional<ExpressGatewayServiceNetworkConfiguration> networkConfiguration();

  /** {@return CPU units of the task; 256 when unset} */
  Optional<String> cpu();

  /** {@return MiB of memory of the task; 512 when unset} */
  Optional<String> memory();

  /** {@return the target tracking scaling of the desired count} */
  Optional<ExpressGatewayScalingTarget> scalingTarget();

  /** {@return the tags} */
  List<Tag> tags();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ExpressGatewayService}. */
  class Builder extends ImmutableExpressGatewayService.Builder {}
}
