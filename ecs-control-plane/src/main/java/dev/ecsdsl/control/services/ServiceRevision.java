package dev.ecsdsl.control.services;

import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.ServiceLoadBalancer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A service revision as ECS records it (API reference, {@code ServiceRevision}): the workload configuration a
 * service deployment deploys — task definition, launch type or capacity provider strategy, load balancers,
 * network — captured when the deployment is made and never changed after.
 *
 * @param arn its ARN, {@code arn:aws:ecs:<region>:<account>:service-revision/<cluster>/<service>/<id>}
 * @param serviceArn the service's ARN
 * @param clusterArn the cluster's ARN
 * @param taskDefinitionArn the task definition revision it runs
 * @param launchType its launch type, when it has one
 * @param capacityProviderStrategy its capacity provider strategy, when it has one
 * @param loadBalancers the load balancers its tasks register with
 * @param networkConfiguration its awsvpc configuration, if any
 * @param containerImages the image of each container of its task definition
 * @param createdAt when it was made
 */
public record ServiceRevision(String arn, String serviceArn, String clusterArn, String taskDefinitionArn,
    Optional<LaunchType> launchType, List<CapacityProviderStrategyItem> capacityProviderStrategy,
    List<ServiceLoadBalancer> loadBalancers, Optional<NetworkConfiguration> networkConfiguration,
    List<ContainerImage> containerImages, Instant createdAt) {

  /**
   * Copies the lists.
   *
   * @param arn its ARN
   * @param serviceArn the service's ARN
   * @param clusterArn the cluster's ARN
   * @param taskDefinitionArn the task definition revision
   * @param launchType its launch type
   * @param capacityProviderStrategy its capacity provider strategy, copied
   * @param loadBalancers its load balancers, copied
   * @param networkConfiguration its awsvpc configuration
   * @param containerImages its containers' images, copied
   * @param createdAt when it was made
   */
  public ServiceRevision {
    capacityProviderStrategy = List.copyOf(capacityProviderStrategy);
    loadBalancers = List.copyOf(loadBalancers);
    containerImages = List.copyOf(containerImages);
  }

  /**
   * One container's image (API reference, {@code ContainerImage}).
   *
   * @param containerName the container's name
   * @param image its image
   */
  public record ContainerImage(String containerName, String image) {}
}
