package dev.ecsdsl.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.ImmutableContainerDefinition;
import dev.ecsdsl.model.ImmutableDeploymentConfiguration;
import dev.ecsdsl.model.ImmutableEnvironment;
import dev.ecsdsl.model.ImmutableListener;
import dev.ecsdsl.model.ImmutableLoadBalancer;
import dev.ecsdsl.model.ImmutableService;
import dev.ecsdsl.model.ImmutableTaskDefinition;
import dev.ecsdsl.model.S3VolumeConfiguration;
import dev.ecsdsl.model.ThresholdConfiguration;
import dev.ecsdsl.model.ThresholdType;
import dev.ecsdsl.model.Volume;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the written template holds where CloudFormation and YAML are stricter than the model. */
class TemplateWriterTest {

  /**
   * CloudFormation's DeploymentCircuitBreaker has Enable and Rollback only, task definition volumes have no S3 or
   * FSx for Lustre configuration, and ELBv2 listeners no instance port: the template keeps them in the resource's
   * Metadata.EcsDsl, which CloudFormation deploys untouched, and reads them back from there.
   */
  @Test
  void whatCloudFormationHasNoPropertyForIsKeptInMetadataAndReadBack() {
    Environment base = DeploymentStrategyTemplateTest.read();
    ImmutableService web = ImmutableService.copyOf(base.services().get(0));
    ImmutableDeploymentConfiguration deployment = ImmutableDeploymentConfiguration.copyOf(
        web.deploymentConfiguration().get()).withDeploymentCircuitBreaker(DeploymentCircuitBreaker.builder()
        .enable(true).rollback(true).resetOnHealthyTask(false)
        .thresholdConfiguration(ThresholdConfiguration.of(ThresholdType.UNBOUNDED_PERCENT, 50)).build());
    ImmutableTaskDefinition td = ImmutableTaskDefinition.copyOf(base.taskDefinitions().get(0)).withVolumes(
        Volume.builder().name("bucket").s3VolumeConfiguration(S3VolumeConfiguration.builder().bucketName("assets")
            .build()).build());
    ImmutableLoadBalancer alb = ImmutableLoadBalancer.copyOf(base.loadBalancers().get(0));
    Environment env = ImmutableEnvironment.copyOf(base).withServices(web.withDeploymentConfiguration(deployment))
        .withTaskDefinitions(td).withLoadBalancers(alb.withListeners(
            ImmutableListener.copyOf(alb.listeners().get(0)).withInstancePort(8080), alb.listeners().get(1)));

    String written = EcsCloudFormation.write(env);
    JsonNode resources = TemplateText.parse("written.yaml", written).root().path("Resources");

    JsonNode service = resources.path("ServiceWeb");
    assertThat(service.path("Properties").path("DeploymentConfiguration").path("DeploymentCircuitBreaker")
        .fieldNames()).toIterable().containsExactly("Enable", "Rollback");
    assertThat(service.path("Metadata").path("EcsDsl").path("Properties").path("DeploymentConfiguration")
        .path("DeploymentCircuitBreaker").path("ThresholdConfiguration").path("Value").asInt()).isEqualTo(50);
    JsonNode task = resources.path("TaskDefinitionWeb");
    assertThat(task.path("Properties").path("Volumes").get(0).has("S3VolumeConfiguration")).isFalse();
    assertThat(task.path("Metadata").path("EcsDsl").path("Properties").path("Volumes").get(0)
        .path("S3VolumeConfiguration").path("BucketName").asText()).isEqualTo("assets");
    assertThat(EcsCloudFormation.read("again.yaml", written, TemplateOptions.defaults()).environment()).isEqualTo(env);
  }

  /** SnakeYAML writes a key holding U+2028 (a line separator) as a plain multi-line key that no reader takes back. */
  @Test
  void keysWithLineSeparatorsAreQuoted() {
    Environment base = DeploymentStrategyTemplateTest.read();
    ImmutableTaskDefinition td = ImmutableTaskDefinition.copyOf(base.taskDefinitions().get(0));
    ImmutableContainerDefinition app = ImmutableContainerDefinition.copyOf(td.containerDefinitions().get(0))
        .withDockerLabels(Map.of("team:\u2028web", "shop"));
    Environment env = ImmutableEnvironment.copyOf(base).withTaskDefinitions(td.withContainerDefinitions(List.of(app)));

    String written = EcsCloudFormation.write(env);

    assertThat(written).contains("\"team:\\Lweb\"");
    assertThat(EcsCloudFormation.read("again.yaml", written, TemplateOptions.defaults()).environment()).isEqualTo(env);
  }
}
