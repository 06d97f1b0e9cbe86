package dev.ecsdsl.control.launch;

import dev.ecsdsl.cql.ClusterQuery;
import dev.ecsdsl.cql.CqlSyntaxException;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementConstraintType;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Vpc;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.RunTaskRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks RunTask makes before it places anything, with ECS's exception names and wording where ECS's
 * is known. A request that fails here changes nothing.
 */
public final class RunTaskValidation {
  private static final Set<String> SPREAD_FIELDS = Set.of("instanceId", "host");

  private RunTaskValidation() {}

  /**
   * The request's own limits: count, launch type or strategy, lengths, how many constraints and strategies.
   *
   * @param request the request
   */
  public static void checkRequest(RunTaskRequest request) {
    if (request.count() < 1 || request.count() > 10) {
      throw EcsException.invalidParameter("count must be between 1 and 10 (RunTask places at most 10 tasks"
          + " per call), got " + request.count() + ".");
    }
    if (request.launchType().isPresent() && !request.capacityProviderStrategy().isEmpty()) {
      throw EcsException.invalidParameter(
          "Specifying both a launch type and capacity provider strategy is not supported.");
    }
    if (request.startedBy().map(String::length).orElse(0) > 128) {
      throw EcsException.invalidParameter("startedBy can be up to 128 characters long.");
    }
    if (request.group().map(String::length).orElse(0) > 255) {
      throw EcsException.invalidParameter("group can be up to 255 characters long.");
    }
    if (request.placementConstraints().size() > 10) {
      throw EcsException.invalidParameter("At most 10 placement constraints per task.");
    }
    if (request.placementStrategy().size() > 5) {
      throw EcsException.invalidParameter("At most 5 placement strategies per task.");
    }
    if (!request.volumeConfigurations().isEmpty()) {
      throw EcsException.invalidParameter(
          "volumeConfigurations (Amazon EBS volumes configured at launch) are not simulated yet.");
    }
    request.placementConstraints().forEach(RunTaskValidation::checkConstraint);
    request.placementStrategy().forEach(RunTaskValidation::checkStrategy);
  }

  /**
   * A placement constraint is well formed: distinctInstance without expression, memberOf with a valid Cluster
   * Query Language one.
   *
   * @param constraint the constraint
   */
  public static void checkConstraint(PlacementConstraint constraint) {
    if (constraint.type() == PlacementConstraintType.DISTINCT_INSTANCE) {
      if (constraint.expression().isPresent()) {
        throw EcsException.invalidParameter("A distinctInstance constraint takes no expression.");
      }
      return;
    }
    String expression = constraint.expression().orElseThrow(() ->
        EcsException.invalidParameter("A memberOf constraint needs an expression."));
    try {
      ClusterQuery.parse(expression);
    } catch (CqlSyntaxException e) {
      throw EcsException.invalidParameter("Invalid memberOf expression '" + expression + "': " + e.getMessage());
    }
  }

  /**
   * A placement strategy is well formed: binpack on cpu or memory, spread on instanceId, host or an attribute,
   * random without a field.
   *
   * @param strategy the strategy
   */
  public static void checkStrategy(PlacementStrategy strategy) {
    Optional<String> field = strategy.field();
    switch (strategy.type()) {
      case BINPACK -> {
        if (field.isEmpty() || !(field.get().equalsIgnoreCase("cpu") || field.get().equalsIgnoreCase("memory"))) {
          throw EcsException.invalidParameter("binpack takes the field cpu or memory, got " + field.orElse("none")
              + ".");
        }
      }
      case SPREAD -> {
        if (field.isEmpty() || !(SPREAD_FIELDS.contains(field.get()) || field.get().startsWith("attribute:")
            && field.get().length() > "attribute:".length())) {
          throw EcsException.invalidParameter("spread takes the field instanceId, host or attribute:<name>, got "
              + field.orElse("none") + ".");
        }
      }
      case RANDOM -> {
        if (field.isPresent()) {
          throw EcsException.invalidParameter("random takes no field.");
        }
      }
      default -> throw EcsException.invalidParameter("unknown placement strategy " + strategy.type());
    }
  }

  /**
   * The task definition can run on the launch type.
   *
   * @param definition the task definition
   * @param launch EC2, FARGATE or MANAGED_INSTANCES
   */
  public static void checkCompatible(TaskDefinition definition, Compatibility launch) {
    if (!definition.requiresCompatibilities().isEmpty() && !definition.requires(launch)) {
      throw EcsException.client("Task definition does not support launch_type " + launch + ".");
    }
    if (launch == Compatibility.FARGATE && definition.networkModeOrDefault() != NetworkMode.AWSVPC
        && definition.networkMode().isPresent()) {
      throw EcsException.client("Fargate tasks require the awsvpc network mode; task definition "
          + definition.family() + " uses " + definition.networkModeOrDefault().ecsName() + ".");
    }
  }

  /**
   * awsvpc needs a network configuration with known subnets and security groups; other modes take none.
   *
   * @param environment the deployed description
   * @param definition the task definition
   * @param fargate whether the task runs on Fargate (always awsvpc)
   * @param configuration the call's network configuration
   */
  public static void checkNetwork(Environment environment, TaskDefinition definition, boolean fargate,
      Optional<NetworkConfiguration> configuration) {
    boolean awsvpc = fargate || definition.networkModeOrDefault() == NetworkMode.AWSVPC;
    if (!awsvpc) {
      if (configuration.isPresent()) {
        throw EcsException.invalidParameter(
            "Network Configuration is not valid for the given networkMode of this task definition.");
      }
      return;
    }
    NetworkConfiguration network = configuration.orElseThrow(() -> EcsException.invalidParameter(
        "Network Configuration must be provided when networkMode 'awsvpc' is specified."));
    List<String> subnets = network.awsvpcConfiguration().subnets();
    if (subnets.isEmpty()) {
      throw EcsException.invalidParameter("subnets can not be empty.");
    }
    checkReferences(environment.vpc(), network);
  }

  /**
   * The subnets and security groups an {@code awsvpcConfiguration} names exist in the account's VPC (ECS's texts,
   * with their error codes). https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html
   *
   * @param vpc the account's VPC
   * @param network the network configuration
   */
  public static void checkReferences(Vpc vpc, NetworkConfiguration network) {
    for (String subnet : network.awsvpcConfiguration().subnets()) {
      if (vpc.subnet(subnet).isEmpty()) {
        throw EcsException.invalidParameter("Error retrieving subnet information for [" + clip(subnet)
            + "]: The subnet ID '" + clip(subnet) + "' does not exist (ErrorCode: InvalidSubnetID.NotFound)");
      }
    }
    for (String group : network.awsvpcConfiguration().securityGroups()) {
      if (vpc.securityGroup(group).isEmpty()) {
        throw EcsException.invalidParameter("Error retrieving security group information for [" + clip(group)
            + "]: The security group '" + clip(group) + "' does not exist (ErrorCode: InvalidGroup.NotFound)");
      }
    }
  }

  /** An id as a message quotes it: a hostile 10 MB one is cut to its first 100 characters. */
  private static String clip(String id) {
    return id.length() <= 100 ? id : id.substring(0, 100) + "…";
  }
}
