package dev.ecsdsl.api;

import java.util.regex.Pattern;

/**
 * References to ECS resources as callers give them, a name (or id) or a full ARN, read exactly: an ARN is taken
 * apart (partition, service, region, account, resource type, then the names the type has) and must be one of this
 * endpoint's region and account; a malformed or foreign ARN is an {@code InvalidParameterException}. The runtime is
 * then asked by name, so no ARN is ever resolved by its last path segment. ARNs for answers (a {@code MISSING}
 * failure names the full ARN of what was asked for) are made here too.
 *
 * <p>Names of clusters, services, task definition families and capacity providers: up to 255 letters, numbers,
 * hyphens and underscores (<a
 * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html">CreateCluster</a>,
 * <a href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html">CreateService</a>).
 */
final class References {
  /** A resource name as ECS allows it. */
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,255}");
  private static final Pattern REVISION = Pattern.compile("[1-9][0-9]{0,9}");
  private final String region;
  private final String account;

  References(String region, String account) {
    this.region = region;
    this.account = account;
  }

  String region() {
    return region;
  }

  String account() {
    return account;
  }

  /** A name for a new resource: refused unless ECS would accept it. */
  static String newName(String what, String member, String name) {
    if (!NAME.matcher(name).matches()) {
      throw ApiException.invalidParameter(what + " name " + Messages.quote(name) + " (" + member + ") is not valid:"
          + " up to 255 letters (uppercase and lowercase), numbers, hyphens and underscores are allowed.");
    }
    return name;
  }

  /** The cluster's name, from a name or a cluster ARN. */
  String cluster(String reference) {
    if (!isArn(reference)) {
      return reference;
    }
    String[] path = resource(reference, "cluster", 1, 1);
    return name(reference, path[0]);
  }

  /** The service's name in {@code cluster} (a name), from a name or a service ARN (with or without the cluster). */
  String service(String cluster, String reference) {
    if (!isArn(reference)) {
      return reference;
    }
    String[] path = resource(reference, "service", 1, 2);
    if (path.length == 2 && !name(reference, path[0]).equals(cluster)) {
      throw new ApiException("ServiceNotFoundException", "Service " + Messages.quote(reference)
          + " is not in cluster " + Messages.quote(cluster) + ".", 400);
    }
    return name(reference, path[path.length - 1]);
  }

  /** The task's id in {@code cluster}, from an id or a task ARN. */
  String task(String cluster, String reference) {
    return idIn("task", cluster, reference);
  }

  /** The container instance's id in {@code cluster}, from an id or a container instance ARN. */
  String containerInstance(String cluster, String reference) {
    return idIn("container-instance", cluster, reference);
  }

  /** A task definition as {@code family} or {@code family:revision}, from either or a task definition ARN. */
  String taskDefinition(String reference) {
    if (!isArn(reference)) {
      return reference;
    }
    String name = resource(reference, "task-definition", 1, 1)[0];
    int colon = name.lastIndexOf(':');
    if (colon < 0 || !NAME.matcher(name.substring(0, colon)).matches()
        || !REVISION.matcher(name.substring(colon + 1)).matches()) {
      throw malformed(reference, "a task definition ARN ends with family:revision");
    }
    return name;
  }

  /** The capacity provider's name, from a name or a capacity provider ARN. */
  String capacityProvider(String reference) {
    if (!isArn(reference)) {
      return reference;
    }
    return name(reference, resource(reference, "capacity-provider", 1, 1)[0]);
  }

  String clusterArn(String name) {
    return arn("cluster/" + name);
  }

  String serviceArn(String cluster, String name) {
    return arn("service/" + cluster + "/" + name);
  }

  String taskArn(String cluster, String id) {
    return arn("task/" + cluster + "/" + id);
  }

  String containerInstanceArn(String cluster, String id) {
    return arn("container-instance/" + cluster + "/" + id);
  }

  String taskDefinitionArn(String familyAndRevision) {
    return arn("task-definition/" + familyAndRevision);
  }

  String capacityProviderArn(String name) {
    return arn("capacity-provider/" + name);
  }

  /** The full ARN a failure names for {@code reference}: the ARN itself, or the one the name would have. */
  String arnOr(String reference, java.util.function.UnaryOperator<String> arnOfName) {
    return isArn(reference) ? reference : arnOfName.apply(reference);
  }

  private String arn(String resource) {
    return "arn:aws:ecs:" + region + ":" + account + ":" + resource;
  }

  static boolean isArn(String reference) {
    return reference.startsWith("arn:");
  }

  private String idIn(String type, String cluster, String reference) {
    if (!isArn(reference)) {
      return reference;
    }
    String[] path = resource(reference, type, 1, 2);
    if (path.length == 2 && !name(reference, path[0]).equals(cluster)) {
      throw ApiException.invalidParameter("The " + type.replace('-', ' ') + " " + Messages.quote(reference)
          + " is not in cluster " + Messages.quote(cluster) + ".");
    }
    String id = path[path.length - 1];
    if (!ID.matcher(id).matches()) {
      throw malformed(reference, "the id has characters an ECS id does not have");
    }
    return id;
  }

  /**
   * The resource path of an ARN of this endpoint's region and account, split at {@code /}: {@code type/a[/b]},
   * with between {@code min} and {@code max} parts after the type.
   */
  private String[] resource(String arn, String type, int min, int max) {
    String[] parts = arn.split(":", 6);
    if (parts.length != 6 || !parts[1].equals("aws") || !parts[2].equals("ecs")) {
      throw malformed(arn, "an ECS ARN is arn:aws:ecs:<region>:<account>:" + type + "/...");
    }
    if (!parts[3].equals(region) || !parts[4].equals(account)) {
      throw ApiException.invalidParameter("The ARN " + Messages.quote(arn) + " is not of this account and region ("
          + account + ", " + region + ").");
    }
    String resource = parts[5];
    if (!resource.startsWith(type + "/")) {
      throw malformed(arn, "expected a " + type + " ARN");
    }
    String[] path = resource.substring(type.length() + 1).split("/", -1);
    if (path.length < min || path.length > max) {
      throw malformed(arn, "a " + type + " ARN has " + (min == max ? min : min + " or " + max) + " names after '"
          + type + "/'");
    }
    return path;
  }

  private static String name(String arn, String name) {
    if (!NAME.matcher(name).matches()) {
      throw malformed(arn, "a name has up to 255 letters, numbers, hyphens and underscores");
    }
    return name;
  }

  private static ApiException malformed(String arn, String why) {
    return ApiException.invalidParameter("Invalid ARN " + Messages.quote(arn) + ": " + why + ".");
  }
}
