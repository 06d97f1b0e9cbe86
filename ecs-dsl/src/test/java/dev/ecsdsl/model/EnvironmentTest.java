package dev.ecsdsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvironmentTest {

  private static TaskDefinition revision(String image) {
    return TaskDefinition.builder().family("web")
        .addContainerDefinition(ContainerDefinition.builder().name("app").image(image).memory(128).build())
        .build();
  }

  private final Environment env = Environment.builder().name("t")
      .addTaskDefinitions(revision("web:1"), revision("web:2"), revision("web:3"))
      .build();

  @Test
  void aBareFamilyMeansItsLatestRevision() {
    assertThat(env.taskDefinition("web").orElseThrow().containerDefinitions().get(0).image()).isEqualTo("web:3");
  }

  @Test
  void familyColonRevisionAndArnsPickThatRevision() {
    assertThat(env.taskDefinition("web:1").orElseThrow().containerDefinitions().get(0).image()).isEqualTo("web:1");
    assertThat(env.taskDefinition("arn:aws:ecs:us-east-1:123456789012:task-definition/web:2").orElseThrow()
        .containerDefinitions().get(0).image()).isEqualTo("web:2");
  }

  @Test
  void revisionsThatDoNotExistAreEmpty() {
    assertThat(env.taskDefinition("web:4")).isEmpty();
    assertThat(env.taskDefinition("web:0")).isEmpty();
    assertThat(env.taskDefinition("web:x")).isEmpty();
    assertThat(env.taskDefinition("api")).isEmpty();
  }

  @Test
  void instanceTypeFiguresAreBuiltInAndOverridable() {
    InstanceGroup builtIn = InstanceGroup.builder().name("g").instanceType("m5.large").desiredCapacity(1).build();
    assertThat(builtIn.resolvedInstanceType().orElseThrow().cpuUnits()).isEqualTo(2048);
    assertThat(builtIn.resolvedInstanceType().orElseThrow().memoryMiB()).isEqualTo(8192);
    assertThat(builtIn.resolvedInstanceType().orElseThrow().maximumNetworkInterfaces()).isEqualTo(3);
    InstanceGroup custom = InstanceGroup.builder().name("g").instanceType("x9.huge").desiredCapacity(1)
        .instanceTypeOverride(InstanceType.builder().name("x9.huge").vcpus(96).memoryMiB(786432)
            .maximumNetworkInterfaces(15).ipv4AddressesPerInterface(50).build())
        .build();
    assertThat(custom.resolvedInstanceType().orElseThrow().cpuUnits()).isEqualTo(96 * 1024);
    assertThat(InstanceGroup.builder().name("g").instanceType("x9.huge").desiredCapacity(1).build()
        .resolvedInstanceType()).isEmpty();
  }
}
