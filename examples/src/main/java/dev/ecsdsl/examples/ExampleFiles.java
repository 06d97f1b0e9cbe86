package dev.ecsdsl.examples;

import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An environment's task definitions and services as one ECS JSON file each, the files that
 * {@code aws ecs register-task-definition --cli-input-json} and {@code aws ecs create-service --cli-input-json}
 * take and {@code bin/ecs-dsl validate} checks: {@code task-definitions/<family>-<revision>.json} (revisions
 * numbered in the environment's order, as registering them in that order numbers them) and
 * {@code services/<service>.json}.
 *
 * @param taskDefinitions the task-definition files, in the order to register them
 * @param services the service files
 */
record ExampleFiles(List<Path> taskDefinitions, List<Path> services) {

  /** Writes the files under {@code directory} (created if missing; files of the same name are replaced). */
  static ExampleFiles write(Environment environment, Path directory) throws IOException {
    Path taskDefinitionDirectory = Files.createDirectories(directory.resolve("task-definitions"));
    Path serviceDirectory = Files.createDirectories(directory.resolve("services"));
    Map<String, Integer> revisions = new HashMap<>();
    List<Path> taskDefinitions = new ArrayList<>();
    for (TaskDefinition td : environment.taskDefinitions()) {
      int revision = revisions.merge(td.family(), 1, Integer::sum);
      taskDefinitions.add(write(taskDefinitionDirectory.resolve(td.family() + "-" + revision + ".json"),
          EcsJson.writeTaskDefinition(td)));
    }
    List<Path> services = new ArrayList<>();
    for (Service service : environment.services()) {
      services.add(write(serviceDirectory.resolve(service.serviceName() + ".json"), EcsJson.writeService(service)));
    }
    return new ExampleFiles(List.copyOf(taskDefinitions), List.copyOf(services));
  }

  private static Path write(Path file, String json) throws IOException {
    return Files.writeString(file, json.endsWith("\n") ? json : json + "\n", StandardCharsets.UTF_8);
  }
}
