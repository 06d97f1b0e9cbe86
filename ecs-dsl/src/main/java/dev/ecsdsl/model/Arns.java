package dev.ecsdsl.model;

/**
 * Reads the resource name out of the ARN forms ECS accepts wherever a name is also accepted:
 * {@code arn:aws:ecs:r:a:cluster/prod} → {@code prod}; {@code arn:aws:iam::a:role/web} → {@code web};
 * {@code arn:aws:elasticloadbalancing:r:a:targetgroup/web/0123} → {@code web};
 * {@code arn:aws:ecs:r:a:task-definition/web:3} → {@code web:3}. A plain name is returned as it is.
 * Only ECS, IAM and ELB ARNs: Secrets Manager and SSM ARNs have names of their own shape.
 */
public final class Arns {
  private Arns() {}

  /**
   * {@return the name a reference (name or ARN) designates}
   *
   * @param reference a name or an ARN
   */
  public static String name(String reference) {
    if (!reference.startsWith("arn:")) {
      return reference;
    }
    String[] parts = reference.split(":", 6);
    if (parts.length < 6) {
      return reference;
    }
    String resource = parts[5];
    int slash = resource.indexOf('/');
    if (slash < 0) {
      return resource;
    }
    String type = resource.substring(0, slash);
    String rest = resource.substring(slash + 1);
    if (type.equals("targetgroup") || type.equals("loadbalancer")) {
      int next = rest.indexOf('/');
      return next < 0 ? rest : rest.substring(0, next);
    }
    int last = rest.lastIndexOf('/');
    return last < 0 ? rest : rest.substring(last + 1);
  }

  /**
   * The made-up resource id ELB ARNs of the description carry ({@code targetgroup/web/<id>}): 16 hex digits, the
   * same for the same seed in every run.
   *
   * @param seed what the id stands for, e.g. the target group's name
   * @return 16 lower-case hex digits
   */
  static String resourceId(String seed) {
    return String.format("%016x", (long) seed.hashCode() & 0xFFFFFFFFL);
  }

  /**
   * {@return whether the reference is an ARN}
   *
   * @param reference a name or an ARN
   */
  public static boolean isArn(String reference) {
    return reference.startsWith("arn:");
  }
}
