package dev.ecsdsl.inmemory.serviceconnect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.json.JsonImport;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.CallFromResponse;
import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * ECS's own Service Connect tutorial ("Tutorial: Using Service Connect in Fargate with the AWS CLI",
 * create-service-connect.md): its task definition (block 6) and its service (block 8), read from
 * {@code ../shared/corpus/wild-ecs-json/files/} (skipped when the corpus is absent), are registered and created
 * as the tutorial's {@code aws ecs register-task-definition} and {@code aws ecs create-service} calls do, in the
 * tutorial's cluster whose {@code serviceConnectDefaults} name the namespace {@code service-connect}; the nginx
 * endpoint then answers at its client alias, port 80, whose DNS name defaults to {@code nginx.service-connect}
 * ("If this parameter isn't specified, the default value of discoveryName.namespace is used", API reference,
 * ServiceConnectClientAlias).
 */
class ServiceConnectTutorialRunTest {
  private static final String TUTORIAL = "awsdocs__amazon-ecs-developer-guide__doc_source_create-service-connect.md";

  private static String corpusText(String name) {
    Optional<Path> file = Stream.of(Path.of("..", "..", "shared", "corpus", "wild-ecs-json", "files", name),
            Path.of("..", "shared", "corpus", "wild-ecs-json", "files", name))
        .map(p -> p.toAbsolutePath().normalize()).filter(Files::isRegularFile).findFirst();
    Assumptions.assumeTrue(file.isPresent(), "the corpus ../shared/corpus/wild-ecs-json is not beside this checkout");
    try {
      return Files.readString(file.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theTutorialsTaskDefinitionAndServiceRunAndAnswerAtTheDefaultAlias() {
    JsonImport<TaskDefinition> taskDefinition = EcsJson.readTaskDefinition("block6.json",
        corpusText(TUTORIAL + ".block6.json"));
    JsonImport<Service> service = EcsJson.readService("block8.json", corpusText(TUTORIAL + ".block8.json"));
    assertThat(service.warnings()).as("Service Connect is simulated: no json-not-yet-simulated warning").isEmpty();

    try (InMemoryEcs ecs = InMemoryEcs.create(6)) {
      ecs.deploy(Ecs.environment("tutorial").region("us-west-2").account("123456789012")
          .vpc(v -> v.cidr("10.0.0.0/16").subnet("subnet-EXAMPLE", "us-west-2a", "10.0.1.0/24")
              .securityGroup("sg-EXAMPLE", sg -> sg.ingress(80, "0.0.0.0/0")))
          .role("ecsTaskExecutionRole", r -> r.trustedBy(IamRole.ECS_TASKS)
              .managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
          .namespace("service-connect")
          .cluster("tutorial", c -> c.fargateCapacityProviders().serviceConnectDefaults("service-connect"))
          .build());
      ecs.ecs().registerTaskDefinition(r -> r.taskDefinition(taskDefinition.value()));
      ecs.ecs().createService(r -> r.service(service.value()));
      ecs.await(Conditions.serviceSteady("tutorial", "service-connect-nginx-service")).atMost(Duration.ofMinutes(10));

      CallFromResponse response = ecs.serviceConnect().callFrom(r -> r.cluster("tutorial")
          .service("service-connect-nginx-service").url("http://nginx.service-connect/").count(5));
      List<String> tasks = ecs.ecs().listTasks(r -> r.cluster("tutorial")
          .serviceName("service-connect-nginx-service")).taskArns();
      assertThat(response.succeeded()).as("%s", response.calls()).isEqualTo(5);
      assertThat(response.perTask()).containsOnlyKeys(tasks);
      assertThat(ecs.serviceConnect().callFrom(r -> r.cluster("tutorial").service("service-connect-nginx-service")
          .url("http://nginx:80/").count(1)).succeeded()).as("the short name, in the namespace").isEqualTo(1);
      Task task = ecs.ecs().describeTasks(r -> r.cluster("tutorial").tasks(tasks)).tasks().get(0);
      assertThat(task.containers()).extracting(Container::name).first().isEqualTo("webserver");
      assertThat(task.containers()).extracting(Container::name).last().asString().startsWith("ecs-service-connect-");
    }
  }
}
