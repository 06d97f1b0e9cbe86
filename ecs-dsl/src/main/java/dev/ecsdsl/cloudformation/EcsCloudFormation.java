package dev.ecsdsl.cloudformation;

import dev.ecsdsl.model.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CloudFormation in, CloudFormation out: the stack you already have (a template you wrote, or the one
 * {@code cdk synth} writes) read into the model, and a model written as a template that
 * {@code aws cloudformation deploy} takes.
 *
 * <p><b>Reading</b> takes JSON or YAML (the short-form tags {@code !Ref}, {@code !Sub}, {@code !GetAtt}, ...
 * included), with parameters (defaults, or the values {@link TemplateOptions} gives), conditions, mappings,
 * pseudo parameters and the intrinsic functions, and reads the resources ECS uses: clusters, capacity
 * providers, task definitions, services, the VPC's subnets and security groups, Auto Scaling groups with their
 * launch templates or configurations, load balancers, listeners, rules and target groups, IAM roles and
 * policies, EFS, secrets, SSM parameters, ECR repositories, service auto scaling, scheduled tasks and alarms.
 * Other resources are listed once as ignored. What only AWS knows when the stack deploys
 * ({@code Fn::ImportValue}, a parameter without a value, an SSM parameter type, a custom resource's value) is
 * an error that names the logical id and how to supply the value, or a warning where ECS does not care. Every
 * problem names the template path ({@code Resources.WebService.Properties.LoadBalancers[0]}) and, where the
 * text has one, the line and column; if any is an error, nothing is returned.
 *
 * <p><b>Writing</b> produces a YAML template: the VPC and its subnets as parameters (an account supplies its
 * own), everything else as resources, and in {@code Metadata.EcsDsl} what a template has no property for (the
 * subnets' zones and CIDRs, an ECR repository's pushed tags, ...). Reading it back gives an equal environment.
 *
 * <p>All methods are static and thread-safe.
 */
public final class EcsCloudFormation {
  private static final Logger LOG = LoggerFactory.getLogger(EcsCloudFormation.class);
  private static final Pattern TEMPLATE = Pattern.compile(
      "(?m)^(AWSTemplateFormatVersion|Resources)\\s*:|\"(AWSTemplateFormatVersion|Resources)\"\\s*:");
  /**
   * The most characters of a template that are read: four times the 1 MB CloudFormation takes from S3, so that
   * every template CloudFormation deploys (and what {@code cdk synth} writes) is read whole.
   */
  public static final int MAX_CHARS = 4 * 1024 * 1024;
  private static final long MAX_BYTES = MAX_CHARS;

  private EcsCloudFormation() {}

  /**
   * Reads a template with the parameters' defaults; warnings are logged.
   *
   * @param template the template file (JSON or YAML)
   * @return the environment it describes (not yet validated)
   * @throws CloudFormationException listing every error
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Environment read(Path template) {
    TemplateImport imported = read(template, TemplateOptions.defaults());
    imported.warnings().forEach(w -> LOG.warn("{}: {}", template, w));
    return imported.environment();
  }

  /**
   * Reads a template with the values given.
   *
   * @param template the template file (JSON or YAML)
   * @param options parameter values, imports and the stack's name, region and account
   * @return the environment, the warnings and the resources ignored
   * @throws CloudFormationException listing every error
   * @throws UncheckedIOException when the file cannot be read
   */
  public static TemplateImport read(Path template, TemplateOptions options) {
    return read(template.toString(), readFile(template), options);
  }

  /**
   * Reads template text.
   *
   * @param sourceName the file name (or any name) used in messages; its stem is the default stack name
   * @param text the template, JSON or YAML
   * @param options parameter values, imports and the stack's name, region and account
   * @return the environment, the warnings and the resources ignored
   * @throws CloudFormationException listing every error
   */
  public static TemplateImport read(String sourceName, String text, TemplateOptions options) {
    return TemplateReader.read(Objects.requireNonNull(sourceName, "sourceName"), Objects.requireNonNull(text, "text"),
        Objects.requireNonNull(options, "options"));
  }

  /**
   * Writes an environment as a CloudFormation template (YAML).
   *
   * @param environment the environment
   * @return the template text
   */
  public static String write(Environment environment) {
    return TemplateWriter.write(Objects.requireNonNull(environment, "environment"));
  }

  /**
   * Whether the text looks like a CloudFormation template: it has a top-level {@code AWSTemplateFormatVersion}
   * or {@code Resources} (also when it is otherwise broken, so that reading it reports where). Never throws.
   *
   * @param text the file's text; {@code null} is not a template
   * @return whether to read it as a template
   */
  public static boolean isTemplate(String text) {
    return text != null && TEMPLATE.matcher(text).find();
  }

  /**
   * Whether the file looks like a CloudFormation template; see {@link #isTemplate(String)}.
   *
   * @param file the file
   * @return whether to read it as a template; false when it cannot be read
   */
  public static boolean isTemplate(Path file) {
    try {
      return Files.size(file) <= MAX_BYTES && isTemplate(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private static String readFile(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new UncheckedIOException(new IOException(file + " is larger than " + MAX_BYTES + " bytes"));
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
