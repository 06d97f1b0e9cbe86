package dev.ecsdsl.examples.simulate;

import dev.ecsdsl.cli.Command;
import dev.ecsdsl.cloudformation.EcsCloudFormation;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.examples.ShopEnvironment;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.validation.ValidationException;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/ecs-dsl export --format cloudformation [DESCRIPTION] [--output FILE]}: writes a description as a
 * CloudFormation template ({@link EcsCloudFormation#write}). DESCRIPTION is {@code example} (the README's shop,
 * the default) or the name of a class on the class path with a public static method without parameters that
 * returns an {@code Environment} or an {@code EnvironmentBuilder} ({@code build}, {@code environment} or
 * {@code description} first). The template goes to standard output unless {@code --output} names a file.
 */
public final class ExportCommand implements Command {
  private static final List<String> PREFERRED = List.of("build", "environment", "description");

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "write a description as a CloudFormation template (export --format cloudformation)";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: bin/ecs-dsl export --format cloudformation [DESCRIPTION] [--output FILE]",
        "",
        "Writes DESCRIPTION as a CloudFormation template (YAML) for 'aws cloudformation deploy': the VPC and",
        "subnets as parameters, everything else as resources. DESCRIPTION is 'example' (the README's shop, the",
        "default) or a class with a public static method returning an Environment or EnvironmentBuilder.",
        "",
        "exit code: 0 written, 1 the description is invalid, 2 usage error");
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    String format = null;
    String source = "example";
    Path output = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--format") || arg.equals("--output")) {
        if (i + 1 >= args.size()) {
          err.println("ecs-dsl export: " + arg + " needs a value");
          return USAGE;
        }
        String value = args.get(++i);
        if (arg.equals("--format")) {
          format = value;
        } else {
          output = Path.of(value);
        }
      } else if (arg.startsWith("--")) {
        err.println("ecs-dsl export: unknown option " + arg + "\n" + usage());
        return USAGE;
      } else {
        source = arg;
      }
    }
    if (!"cloudformation".equals(format)) {
      err.println("ecs-dsl export: give --format cloudformation (the only format so far)\n" + usage());
      return USAGE;
    }
    Environment environment;
    try {
      environment = load(source);
    } catch (IllegalArgumentException e) {
      err.println("ecs-dsl export: " + e.getMessage());
      return USAGE;
    } catch (ValidationException e) {
      err.println("ecs-dsl export: " + e.getMessage());
      return INVALID;
    }
    String template = EcsCloudFormation.write(environment);
    if (output == null) {
      out.print(template);
      return OK;
    }
    try {
      Path parent = output.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(output, template, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("ecs-dsl export: cannot write " + output + ": " + e.getMessage());
      return USAGE;
    }
    out.println("ecs-dsl export: wrote " + output + " (stack " + environment.name() + ")");
    return OK;
  }

  /** The described environment, built (so validated). */
  static Environment load(String source) {
    if (source.equals("example")) {
      return ShopEnvironment.build();
    }
    Class<?> type;
    try {
      type = Class.forName(source);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException("no description '" + source + "': give 'example' or a class name on the "
          + "class path");
    }
    Method chosen = null;
    for (Method m : type.getMethods()) {
      boolean fits = Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
          && (Environment.class.isAssignableFrom(m.getReturnType())
              || EnvironmentBuilder.class.isAssignableFrom(m.getReturnType()));
      if (fits && (chosen == null || rank(m) < rank(chosen))) {
        chosen = m;
      }
    }
    if (chosen == null) {
      throw new IllegalArgumentException(source + " has no public static method returning an Environment or an "
          + "EnvironmentBuilder");
    }
    try {
      Object value = chosen.invoke(null);
      return value instanceof EnvironmentBuilder b ? b.build() : (Environment) value;
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("cannot call " + chosen + ": " + e.getMessage());
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof ValidationException v) {
        throw v;
      }
      throw new IllegalArgumentException(chosen + " failed: " + e.getCause());
    }
  }

  private static int rank(Method m) {
    int i = PREFERRED.indexOf(m.getName());
    return i < 0 ? PREFERRED.size() : i;
  }
}
