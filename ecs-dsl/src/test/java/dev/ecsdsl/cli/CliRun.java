package dev.ecsdsl.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code bin/ecs-dsl} in-process through {@link Main}, as the launcher does, and keeps what it printed. */
final class CliRun {
  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  /** {@code bin/ecs-dsl validate ARGS...}. */
  static CliRun validate(Object... args) {
    List<String> all = new ArrayList<>(List.of("validate"));
    for (Object a : args) {
      all.add(a.toString());
    }
    return main(all);
  }

  /** {@code bin/ecs-dsl ARGS...}. */
  static CliRun main(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Writes a UTF-8 file in the directory and returns its path. */
  static Path file(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** A valid Fargate task definition of family {@code web} with one container {@code app} on port 80. */
  static final String FARGATE = """
      {
        "family": "web",
        "networkMode": "awsvpc",
        "requiresCompatibilities": ["FARGATE"],
        "cpu": "256",
        "memory": "512",
        "containerDefinitions": [
          {"name": "app", "image": "nginx:1.27", "essential": true,
           "portMappings": [{"containerPort": 80, "protocol": "tcp"}]}
        ]
      }
      """;

  /** A valid Fargate service {@code web} of task definition {@code web}. */
  static final String SERVICE = """
      {"cluster": "prod", "serviceName": "web", "taskDefinition": "web", "desiredCount": 2,
       "launchType": "FARGATE",
       "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-a"], "securityGroups": ["sg-web"]}}}
      """;
}
