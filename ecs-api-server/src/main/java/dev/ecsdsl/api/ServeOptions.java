package dev.ecsdsl.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The options of {@code bin/ecs-dsl serve}.
 *
 * @param port the port, 0 for a free one
 * @param region the region of unsigned calls, where the instances and the environment files go
 * @param clock how the virtual clock moves
 * @param seed the seed of every region's runtime
 * @param instances EC2 instances of the default cluster: instance type to count, in the order given
 * @param environment ECS JSON files (task definitions, services) to deploy in {@code region}
 */
record ServeOptions(int port, String region, ClockMode clock, long seed, Map<String, Integer> instances,
    List<Path> environment) {
  private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");

  static ServeOptions parse(List<String> args) {
    int port = 8080;
    String region = "us-east-1";
    ClockMode clock = ClockMode.wallClock(60);
    long seed = 1;
    Map<String, Integer> instances = new LinkedHashMap<>();
    List<Path> environment = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--port" -> port = number(args, ++i, arg, 0, 65535);
        case "--region" -> region = region(value(args, ++i, arg));
        case "--speed" -> clock = ClockMode.wallClock(decimal(args, ++i, arg));
        case "--manual" -> clock = ClockMode.manual();
        case "--seed" -> seed = number(args, ++i, arg, Integer.MIN_VALUE, Integer.MAX_VALUE);
        case "--instances" -> instances(value(args, ++i, arg), instances);
        case "--environment" -> environment.add(Path.of(value(args, ++i, arg)));
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return new ServeOptions(port, region, clock, seed, instances, environment);
  }

  /** {@code m5.large=3}, or several separated by commas. */
  private static void instances(String value, Map<String, Integer> instances) {
    for (String part : value.split(",")) {
      String[] typeAndCount = part.split("=", 2);
      if (typeAndCount.length != 2 || !INSTANCE_TYPE.matcher(typeAndCount[0]).matches()) {
        throw new IllegalArgumentException("--instances takes TYPE=COUNT, e.g. m5.large=3; was " + part);
      }
      int count;
      try {
        count = Integer.parseInt(typeAndCount[1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--instances takes TYPE=COUNT with a whole count; was " + part);
      }
      if (count < 1 || count > 1000) {
        throw new IllegalArgumentException("--instances: the count must be 1-1000, was " + count);
      }
      instances.merge(typeAndCount[0], count, Integer::sum);
    }
  }

  private static String region(String value) {
    if (!CredentialScope.REGION.matcher(value).matches()) {
      throw new IllegalArgumentException("--region takes a region name such as us-east-1, was " + value);
    }
    return value;
  }

  private static int number(List<String> args, int index, String option, int min, int max) {
    String value = value(args, index, option);
    try {
      int number = Integer.parseInt(value);
      if (number < min || number > max) {
        throw new IllegalArgumentException(option + " must be " + min + "-" + max + ", was " + value);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number, was " + value);
    }
  }

  private static double decimal(List<String> args, int index, String option) {
    String value = value(args, index, option);
    try {
      double number = Double.parseDouble(value);
      if (!(number > 0) || Double.isInfinite(number)) {
        throw new IllegalArgumentException(option + " must be above 0, was " + value);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, was " + value);
    }
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(index);
  }
}
