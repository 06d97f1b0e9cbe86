package dev.ecsdsl.cloudformation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a template needs from outside to be read offline, as {@code aws cloudformation deploy} would get it
 * from the account: parameter values ({@code --parameter K=V}), the values of other stacks' exports that
 * {@code Fn::ImportValue} reads ({@code --import Name=V}), values of custom resources
 * ({@code --attribute Logical.Attribute=V}), and the stack's name, region, account and Availability Zones for
 * the pseudo parameters and {@code Fn::GetAZs}. Unset, the stack name is the template's file name, and region
 * and account are those a template written by ecs-dsl names in its metadata, else {@code us-east-1} and
 * {@code 123456789012}. Immutable; every {@code with} method returns a new value.
 */
public final class TemplateOptions {
  private final Map<String, String> parameters;
  private final Map<String, String> imports;
  private final Map<String, String> attributes;
  private final Optional<String> stackName;
  private final Optional<String> region;
  private final Optional<String> accountId;
  private final List<String> availabilityZones;

  private TemplateOptions(Map<String, String> parameters, Map<String, String> imports, Map<String, String> attributes,
      Optional<String> stackName, Optional<String> region, Optional<String> accountId, List<String> zones) {
    this.parameters = Map.copyOf(parameters);
    this.imports = Map.copyOf(imports);
    this.attributes = Map.copyOf(attributes);
    this.stackName = stackName;
    this.region = region;
    this.accountId = accountId;
    this.availabilityZones = List.copyOf(zones);
  }

  /** {@return no values given: parameter defaults only, the default stack, region and account} */
  public static TemplateOptions defaults() {
    return new TemplateOptions(Map.of(), Map.of(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of());
  }

  /**
   * {@return these options with a parameter's value}
   *
   * @param name the parameter's logical id
   * @param value its value (lists comma-separated, as the CLI takes them)
   */
  public TemplateOptions withParameter(String name, String value) {
    return new TemplateOptions(put(parameters, name, value), imports, attributes, stackName, region, accountId,
        availabilityZones);
  }

  /**
   * {@return these options with the value of another stack's export}
   *
   * @param exportName the name {@code Fn::ImportValue} imports
   * @param value the exported value
   */
  public TemplateOptions withImport(String exportName, String value) {
    return new TemplateOptions(parameters, put(imports, exportName, value), attributes, stackName, region, accountId,
        availabilityZones);
  }

  /**
   * {@return these options with a value a custom resource returns when the stack deploys}
   *
   * @param logicalIdAndAttribute {@code Logical.Attribute} for {@code Fn::GetAtt}, or {@code Logical} for
   *     {@code Ref}
   * @param value the value
   */
  public TemplateOptions withAttribute(String logicalIdAndAttribute, String value) {
    return new TemplateOptions(parameters, imports, put(attributes, logicalIdAndAttribute, value), stackName, region,
        accountId, availabilityZones);
  }

  /**
   * {@return these options with the stack's name ({@code AWS::StackName})}
   *
   * @param name the stack name
   */
  public TemplateOptions withStackName(String name) {
    return new TemplateOptions(parameters, imports, attributes, Optional.of(name), region, accountId,
        availabilityZones);
  }

  /**
   * {@return these options with the region ({@code AWS::Region})}
   *
   * @param name the region, e.g. {@code eu-west-1}
   */
  public TemplateOptions withRegion(String name) {
    return new TemplateOptions(parameters, imports, attributes, stackName, Optional.of(name), accountId,
        availabilityZones);
  }

  /**
   * {@return these options with the account ({@code AWS::AccountId})}
   *
   * @param id the twelve-digit account id
   */
  public TemplateOptions withAccountId(String id) {
    return new TemplateOptions(parameters, imports, attributes, stackName, region, Optional.of(id),
        availabilityZones);
  }

  /**
   * {@return these options with the zones {@code Fn::GetAZs} answers (default: the region's a, b and c)}
   *
   * @param zones the zone names
   */
  public TemplateOptions withAvailabilityZones(List<String> zones) {
    return new TemplateOptions(parameters, imports, attributes, stackName, region, accountId, zones);
  }

  /** {@return the parameter values given, by logical id} */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** {@return the export values given, by export name} */
  public Map<String, String> imports() {
    return imports;
  }

  /** {@return the custom resource values given, by {@code Logical.Attribute} or {@code Logical}} */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** {@return the stack name, when given} */
  public Optional<String> stackName() {
    return stackName;
  }

  /** {@return the region, when given} */
  public Optional<String> region() {
    return region;
  }

  /** {@return the account id, when given} */
  public Optional<String> accountId() {
    return accountId;
  }

  /** {@return the zones given for {@code Fn::GetAZs}; empty for the region's a, b and c} */
  public List<String> availabilityZones() {
    return availabilityZones;
  }

  private static Map<String, String> put(Map<String, String> map, String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(map);
    copy.put(Objects.requireNonNull(key, "name"), Objects.requireNonNull(value, "value"));
    return copy;
  }
}
