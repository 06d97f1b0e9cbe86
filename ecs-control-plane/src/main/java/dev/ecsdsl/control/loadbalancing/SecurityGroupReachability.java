package dev.ecsdsl.control.loadbalancing;

import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IngressRule;
import dev.ecsdsl.model.SecurityGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a load balancer's health checks reach an awsvpc task: one of the task's security groups must admit the
 * load balancer's security groups (or a CIDR) on the target port, else the check times out, as it does in AWS. The
 * description does not change between deploys, so each verdict (by target group, task security groups and port) is
 * worked out once; a target group that gets another load balancer in front of it is judged again.
 */
final class SecurityGroupReachability {
  private final Map<String, Optional<String>> verdicts = new HashMap<>();
  private Environment environment;

  void deploy(Environment description) {
    this.environment = description;
    verdicts.clear();
  }

  void loadBalancersChanged() {
    verdicts.clear();
  }

  /** For awsvpc tasks, the reason no security group of the task admits the load balancer on the port, if none does. */
  Optional<String> blocked(TargetGroupState group, TaskRecord task, int port) {
    if (task.securityGroups().isEmpty()) {
      return Optional.empty();
    }
    return verdicts.computeIfAbsent(group.model.name() + "|" + task.securityGroups() + "|" + port,
        k -> verdict(group, task, port));
  }

  private Optional<String> verdict(TargetGroupState group, TaskRecord task, int port) {
    List<String> sources = new ArrayList<>();
    group.loadBalancers.forEach(lb -> sources.addAll(lb.securityGroups()));
    for (String id : task.securityGroups()) {
      Optional<SecurityGroup> sg = environment.vpc().securityGroup(id);
      if (sg.isEmpty()) {
        continue;
      }
      for (IngressRule rule : sg.get().ingress()) {
        if (!rule.admitsTcpPort(port)) {
          continue;
        }
        if (rule.cidrIp().isPresent() || rule.sourceSecurityGroup().map(s -> sources.stream()
            .anyMatch(source -> sameGroup(source, s))).orElse(false)) {
          return Optional.empty();
        }
      }
    }
    return Optional.of("no security group of the task (" + String.join(", ", task.securityGroups())
        + ") admits the load balancer's security groups (" + String.join(", ", sources) + ") on TCP port " + port);
  }

  private boolean sameGroup(String a, String b) {
    Optional<SecurityGroup> left = environment.vpc().securityGroup(a);
    Optional<SecurityGroup> right = environment.vpc().securityGroup(b);
    return a.equals(b) || left.isPresent() && right.isPresent() && left.get().groupId().equals(right.get().groupId());
  }
}
