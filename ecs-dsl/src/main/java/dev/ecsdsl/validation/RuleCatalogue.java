package dev.ecsdsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every rule the {@link Validator} checks, grouped by subject, each with its stable id, severity, one-line
 * description and the AWS documentation page it comes from. Docs and tests enumerate the rules here; a
 * {@link Problem}'s {@link Problem#rule() rule} is always one of these ids.
 *
 * <pre>{@code
 * Rule rule = RuleCatalogue.get("fargate-requires-awsvpc");
 * RuleCatalogue.all().forEach(r -> System.out.println(r.id() + ": " + r.description()));
 * }</pre>
 */
public final class RuleCatalogue {
  private static final Map<String, List<Rule>> BY_SUBJECT = subjects();
  private static final List<Rule> ALL = flatten(BY_SUBJECT);
  private static final Map<String, Rule> BY_ID = index(ALL);

  private RuleCatalogue() {}

  private static Map<String, List<Rule>> subjects() {
    Map<String, List<Rule>> m = new LinkedHashMap<>();
    m.put("task definition", TaskDefinitionRules.RULES);
    m.put("container", ContainerRules.RULES);
    m.put("container health check", HealthCheckRules.RULES);
    m.put("volume", VolumeRules.RULES);
    m.put("EBS volumes configured at launch", EbsVolumeRules.RULES);
    m.put("placement", PlacementRules.RULES);
    m.put("service scheduling", ServiceRules.RULES);
    m.put("capacity provider strategy", CapacityProviderRules.RULES);
    m.put("deployment", DeploymentRules.RULES);
    m.put("deployment strategies", DeploymentStrategyRules.RULES);
    m.put("lifecycle hooks", LifecycleHookRules.RULES);
    m.put("deployment alarms", DeploymentAlarmRules.RULES);
    m.put("load balancing", LoadBalancerRules.RULES);
    m.put("blue/green load balancing", AdvancedConfigurationRules.RULES);
    m.put("listener rules", ListenerForwarding.RULES);
    m.put("Service Connect", concat(ServiceConnectRules.RULES, ServiceConnectNamespaceRules.RULES));
    m.put("network", NetworkRules.RULES);
    m.put("cluster capacity", ClusterRules.RULES);
    m.put("Managed Instances, daemons and Express services", ManagedCapacityRules.RULES);
    m.put("IAM roles", IamRules.RULES);
    m.put("instance roles", InstanceRoleRules.RULES);
    m.put("secrets", SecretRules.RULES);
    m.put("images", ImageRules.RULES);
    m.put("scheduled tasks", ScheduledTaskRules.RULES);
    m.put("auto scaling", AutoScalingRules.RULES);
    m.put("references and names", ReferenceRules.RULES);
    return Collections.unmodifiableMap(m);
  }

  private static List<Rule> concat(List<Rule> first, List<Rule> second) {
    List<Rule> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  private static List<Rule> flatten(Map<String, List<Rule>> bySubject) {
    List<Rule> all = new ArrayList<>();
    bySubject.values().forEach(all::addAll);
    return List.copyOf(all);
  }

  private static Map<String, Rule> index(List<Rule> rules) {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (m.put(r.id(), r) != null) {
        throw new IllegalStateException("duplicate rule id " + r.id());
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /** {@return every rule, grouped by subject in a fixed order} */
  public static List<Rule> all() {
    return ALL;
  }

  /** {@return the rules by subject (e.g. "task definition", "load balancing"), in a fixed order} */
  public static Map<String, List<Rule>> bySubject() {
    return BY_SUBJECT;
  }

  /** {@return every rule id, sorted} */
  public static Set<String> ids() {
    return Collections.unmodifiableSet(new TreeSet<>(BY_ID.keySet()));
  }

  /**
   * {@return the rule of that id, if any}
   *
   * @param id the rule's id, such as {@code fargate-requires-awsvpc}
   */
  public static Optional<Rule> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * {@return the rule of that id, or an exception naming the id}
   *
   * @param id the rule's id, such as {@code fargate-requires-awsvpc}
   */
  public static Rule get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no rule with id " + id));
  }

  /**
   * {@return the catalogue as a Markdown table per subject (id, severity, description, documentation link)}
   */
  public static String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<Rule>> e : BY_SUBJECT.entrySet()) {
      sb.append("### ").append(e.getKey()).append("\n\n| rule | severity | what it demands | source |\n|---|---|---|---|\n");
      for (Rule r : e.getValue()) {
        sb.append("| `").append(r.id()).append("` | ").append(r.severity()).append(" | ")
            .append(r.description().replace("|", "\\|")).append(" | [doc](").append(r.docUrl()).append(") |\n");
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
