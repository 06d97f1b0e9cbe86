package dev.ecsdsl.control.clusters;

import dev.ecsdsl.runtime.Attribute;
import dev.ecsdsl.runtime.AttributeLimitExceededException;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.TargetNotFoundException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PutAttributes, DeleteAttributes and ListAttributes on container instances. Custom attributes live on the
 * {@link InstanceRecord} and reach placement through {@link ClusterRecord#setCustomAttributes}, so that memberOf
 * and spread treat them exactly as an instance group's attributes. Every call is checked whole before anything
 * changes.
 */
public final class CustomAttributes {
  static final int MAX_PER_INSTANCE = 10;
  /** The most {@code ecs.} attributes a registration carries; an agent reports about 60. */
  static final int MAX_CAPABILITIES = 500;
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_./\\\\-]{1,128}");
  private static final Pattern VALUE = Pattern.compile("([a-zA-Z0-9_.@/\\\\:-]([a-zA-Z0-9_.@/\\\\: -]{0,126}"
      + "[a-zA-Z0-9_.@/\\\\:-])?)?");

  private CustomAttributes() {}

  /**
   * PutAttributes.
   *
   * @param cluster the cluster
   * @param attributes the attributes, each naming its container instance
   * @return the attributes put, each with its instance's ARN
   * @throws EcsException InvalidParameterException, TargetNotFoundException or AttributeLimitExceededException
   */
  public static List<Attribute> put(ClusterRecord cluster, List<Attribute> attributes) {
    Map<InstanceRecord, Map<String, String>> next = new IdentityHashMap<>();
    List<Attribute> result = new ArrayList<>();
    for (Attribute attribute : attributes) {
      check(attribute);
      InstanceRecord instance = target(cluster, attribute);
      next.computeIfAbsent(instance, i -> new LinkedHashMap<>(i.customAttributes))
          .put(attribute.name(), attribute.value());
      result.add(new Attribute(attribute.name(), attribute.value(), instance.arn()));
    }
    next.forEach((instance, custom) -> {
      if (custom.size() > MAX_PER_INSTANCE) {
        throw new AttributeLimitExceededException("You can apply up to " + MAX_PER_INSTANCE
            + " custom attributes per resource; container instance " + instance.ec2InstanceId() + " would have "
            + custom.size() + ".");
      }
    });
    apply(cluster, next);
    return result;
  }

  /**
   * DeleteAttributes.
   *
   * @param cluster the cluster
   * @param attributes the attributes, each naming its container instance
   * @return the attributes deleted
   * @throws EcsException InvalidParameterException or TargetNotFoundException
   */
  public static List<Attribute> delete(ClusterRecord cluster, List<Attribute> attributes) {
    Map<InstanceRecord, Map<String, String>> next = new IdentityHashMap<>();
    List<Attribute> result = new ArrayList<>();
    for (Attribute attribute : attributes) {
      if (attribute.name().startsWith("ecs.")) {
        throw EcsException.invalidParameter("Attributes prefixed with ecs. are ECS's own and cannot be deleted: "
            + attribute.name() + ".");
      }
      InstanceRecord instance = target(cluster, attribute);
      String value = next.computeIfAbsent(instance, i -> new LinkedHashMap<>(i.customAttributes))
          .remove(attribute.name());
      result.add(new Attribute(attribute.name(), value == null ? attribute.value() : value, instance.arn()));
    }
    apply(cluster, next);
    return result;
  }

  /**
   * {@return every attribute of the cluster's registered container instances}
   *
   * @param cluster the cluster
   */
  public static List<Attribute> list(ClusterRecord cluster) {
    List<Attribute> result = new ArrayList<>();
    for (InstanceRecord instance : cluster.instances()) {
      if (instance.isRegistered()) {
        instance.attributes().forEach((name, value) -> result.add(new Attribute(name, value, instance.arn())));
      }
    }
    return result;
  }

  /**
   * Splits the attributes an agent registers an instance with into its capabilities (ECS's own names,
   * {@code ecs.} or {@code com.amazonaws.ecs.}) and custom attributes, checking both: names and values as
   * PutAttributes checks them, at most {@value #MAX_PER_INSTANCE} custom ones, at most
   * {@value #MAX_CAPABILITIES} capabilities.
   *
   * @param attributes the attributes by name
   * @return the capabilities, then the custom attributes
   * @throws EcsException InvalidParameterException or AttributeLimitExceededException
   */
  public static List<Map<String, String>> splitRegistration(Map<String, String> attributes) {
    Map<String, String> capabilities = new LinkedHashMap<>();
    Map<String, String> custom = new LinkedHashMap<>();
    attributes.forEach((name, value) -> {
      boolean ecs = name.startsWith("ecs.") || name.startsWith("com.amazonaws.ecs.");
      checkName(name);
      checkValue(value);
      (ecs ? capabilities : custom).put(name, value);
    });
    if (custom.size() > MAX_PER_INSTANCE) {
      throw new AttributeLimitExceededException("You can apply up to " + MAX_PER_INSTANCE
          + " custom attributes per resource; the registration has " + custom.size() + ".");
    }
    if (capabilities.size() > MAX_CAPABILITIES) {
      throw EcsException.invalidParameter("A registration carries at most " + MAX_CAPABILITIES
          + " ECS attributes; it has " + capabilities.size() + ".");
    }
    return List.of(capabilities, custom);
  }

  private static void apply(ClusterRecord cluster, Map<InstanceRecord, Map<String, String>> next) {
    next.forEach(cluster::setCustomAttributes);
  }

  private static void check(Attribute attribute) {
    checkName(attribute.name());
    if (attribute.name().startsWith("ecs.")) {
      throw EcsException.invalidParameter("Attribute names prefixed with ecs. are reserved for ECS: "
          + attribute.name() + ".");
    }
    checkValue(attribute.value());
  }

  private static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw EcsException.invalidParameter("Attribute names are 1-128 letters, numbers, hyphens, underscores,"
          + " periods and slashes: '" + name + "'.");
    }
  }

  private static void checkValue(String value) {
    if (!VALUE.matcher(value).matches()) {
      throw EcsException.invalidParameter("Attribute values are up to 128 letters, numbers, hyphens, underscores,"
          + " periods, at signs, slashes, colons and inner spaces: '" + value + "'.");
    }
  }

  private static InstanceRecord target(ClusterRecord cluster, Attribute attribute) {
    return cluster.instance(attribute.targetId()).filter(InstanceRecord::isRegistered)
        .orElseThrow(() -> new TargetNotFoundException("Could not find " + attribute.targetId()
            + " in cluster " + cluster.name() + "."));
  }
}
