package dev.ecsdsl.control.loadbalancing;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.RequestAnswer;
import dev.ecsdsl.control.agent.TargetCheck;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.tasks.ContainerRecord;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetGroupHealthCheck;
import dev.ecsdsl.model.TargetType;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.ListenerNotFoundException;
import dev.ecsdsl.runtime.LoadBalancerNotFoundException;
import dev.ecsdsl.runtime.NetworkBinding;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.TargetGroupNotFoundException;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Elastic Load Balancing as ECS services meet it: service tasks register with their target groups when
 * they run (target type ip: the task's ENI address and container port; instance: the EC2 instance and the
 * host port), each target is health-checked by its group's settings (healthy after
 * {@code healthyThresholdCount} passes in a row, unhealthy after {@code unhealthyThresholdCount} failures,
 * every {@code intervalSeconds}), a stopping task's targets drain for the group's deregistration delay,
 * and requests sent to a listener follow its rules to a target group and go round-robin over its healthy
 * targets. A deployment can set a rule's forward weights between target groups ({@link #forward}); each request
 * then picks its target group by the weights from a seeded random stream.
 *
 * <p>A check passes while the target's container runs and is not UNHEALTHY, and — for awsvpc tasks — while
 * one of the task's security groups admits the load balancer's security groups on the target port; a
 * check that a security group drops times out, as it does in AWS. Instance security groups are not part of
 * the description, so bridge and host targets are not checked against them. Then the agent makes the check
 * ({@link Agent#checkTarget}): the simulated agent passes it, the Docker agent sends it to the container.
 */
public final class LoadBalancing {
  private final EventLoop loop;
  private final EventLog log;
  private final Agent agent;
  private final List<Runnable> changeListeners = new ArrayList<>();
  private final Map<String, Long> loadBalancerRequests = new HashMap<>();
  private final Map<String, TargetGroupState> groups = new LinkedHashMap<>();
  /** The targets each live task is registered as (it keeps them while they drain). */
  private final Map<TaskRecord, List<TargetRecord>> targetsOf = new HashMap<>();
  private final WeightedForwards forwards;
  private final SecurityGroupReachability reachability = new SecurityGroupReachability();
  private Environment environment;

  /**
   * Load balancing whose target health checks {@code agent} makes (see {@link Agent#checkTarget}).
   *
   * @param loop the clock the checks run on
   * @param log where target health changes are recorded
   * @param agent makes each health check
   */
  public LoadBalancing(EventLoop loop, EventLog log, Agent agent) {
    this(loop, log, agent, new SplittableRandom(0));
  }

  /**
   * Load balancing whose weighted forwards pick target groups from {@code requestRandom}.
   *
   * @param loop the clock the checks run on
   * @param log where target health changes are recorded
   * @param agent makes each health check
   * @param requestRandom the seeded stream weighted forwards draw from
   */
  public LoadBalancing(EventLoop loop, EventLog log, Agent agent, RandomGenerator requestRandom) {
    this.agent = agent;
    this.loop = loop;
    this.log = log;
    this.forwards = new WeightedForwards(requestRandom);
  }

  // ---- weighted forwards ----

  /**
   * Sets a listener rule's forward action to weighted target groups, as ECS does during a traffic shift
   * (developer guide, "Application Load Balancer resources for blue/green, linear, and canary deployments").
   *
   * @param listenerRule the rule (ARN or {@code <lb>:<port>:<priority>}) or listener ({@code <lb>:<port>})
   * @param percentByTargetGroup each target group's share in percent (name or ARN), summing to 100
   * @throws ListenerNotFoundException when no such rule or listener exists
   */
  public void forward(String listenerRule, Map<String, Double> percentByTargetGroup) {
    LoadBalancer loadBalancer = environment.listenerRule(listenerRule).orElseThrow(() ->
        new ListenerNotFoundException("One or more listeners or listener rules not found: " + listenerRule))
        .loadBalancer();
    Map<String, Double> byName = new TreeMap<>();
    percentByTargetGroup.forEach((reference, percent) -> {
      TargetGroupState group = group(reference);
      if (!group.loadBalancers.contains(loadBalancer)) {
        group.loadBalancers.add(loadBalancer);  // the rule's load balancer now sends it traffic (and checks)
        reachability.loadBalancersChanged();
      }
      byName.merge(group.model.name(), percent, Double::sum);
    });
    forwards.set(environment, listenerRule, byName);
  }

  /**
   * {@return a listener rule's forward weights in percent per target group name (the rule's own when no deployment
   * set them)}
   *
   * @param listenerRule the rule (ARN or {@code <lb>:<port>:<priority>}) or listener ({@code <lb>:<port>})
   */
  public Map<String, Double> forwardOf(String listenerRule) {
    return forwards.of(environment, listenerRule, g -> group(g).model.name());
  }

  /**
   * Deploys: the description's target groups, with no target yet.
   *
   * @param description the deployed description
   */
  public void deploy(Environment description) {
    this.environment = description;
    reachability.deploy(description);
    for (TargetGroup group : description.targetGroups()) {
      groups.put(group.name(), new TargetGroupState(group, group.arn(description.region(),
          description.accountId()), description.loadBalancersOf(group.name())));
    }
  }

  /**
   * Adds a listener told whenever a target's health changes.
   *
   * @param listener the listener
   */
  public void onChange(Runnable listener) {
    changeListeners.add(listener);
  }

  // ---- registration ----

  /**
   * Registers a running service task with every target group of the service.
   *
   * @param task the task
   * @param loadBalancers the service's load balancers
   */
  public void register(TaskRecord task, List<ServiceLoadBalancer> loadBalancers) {
    for (ServiceLoadBalancer binding : loadBalancers) {
      TargetGroupState group = group(binding.targetGroupArn().orElse(""));
      String container = binding.containerName().orElse(task.firstContainerName());
      int containerPort = binding.containerPort().orElse(group.model.port());
      String id;
      int port;
      if (group.model.targetType() == TargetType.IP) {
        id = task.eni().map(e -> e.privateIpv4Address()).orElse("unknown");
        port = containerPort;
      } else {
        id = task.instance().map(i -> i.ec2InstanceId()).orElse("unknown");
        port = task.container(container).networkBindings().stream().filter(b -> b.containerPort() == containerPort)
            .mapToInt(NetworkBinding::hostPort).findFirst().orElse(containerPort);
      }
      TargetRecord target = new TargetRecord(task, container, id, port, binding.targetGroupArn().orElse(""));
      group.targets.put(task.arn() + "/" + container + ":" + containerPort, target);
      targetsOf.computeIfAbsent(task, t -> new ArrayList<>()).add(target);
      log.record(EventType.TARGET_HEALTH_CHANGED, task.cluster().name(), task.shortId(),
          "registered with " + group.model.name() + " as " + id + ":" + port + " (initial)");
      target.nextCheck = loop.schedule(Duration.ZERO, () -> check(group, target));
    }
  }

  /**
   * Deregisters a stopping task's targets: they drain for the group's deregistration delay, then leave.
   *
   * @param task the task
   * @return how long the longest drain takes (zero when the task had no targets)
   */
  public Duration deregister(TaskRecord task) {
    Duration longest = Duration.ZERO;
    for (TargetGroupState group : groups.values()) {
      for (Map.Entry<String, TargetRecord> entry : List.copyOf(group.targets.entrySet())) {
        TargetRecord target = entry.getValue();
        if (target.task != task || target.isDraining()) {
          continue;
        }
        Duration delay = Duration.ofSeconds(group.model.deregistrationDelaySeconds());
        longest = delay.compareTo(longest) > 0 ? delay : longest;
        if (target.nextCheck != null) {
          target.nextCheck.cancel();
        }
        change(group, target, "draining", Optional.of("Target.DeregistrationInProgress"),
            Optional.of("Target deregistration is in progress"));
        target.drainingUntil = loop.now().plus(delay);
        loop.schedule(delay, () -> {
          group.targets.remove(entry.getKey());
          log.record(EventType.TARGET_HEALTH_CHANGED, task.cluster().name(), task.shortId(),
              "deregistered from " + group.model.name());
        });
      }
    }
    return longest;
  }

  /**
   * A task reached STOPPED: its targets drain (if they do not already), and it is forgotten here.
   *
   * @param task the task
   */
  public void stopped(TaskRecord task) {
    deregister(task);
    targetsOf.remove(task);
  }

  /**
   * {@return whether the task is registered with its target groups yet}
   *
   * @param task the task
   */
  public boolean isRegistered(TaskRecord task) {
    return targetsOf.containsKey(task);
  }

  /**
   * {@return whether every target of the task that is not draining is healthy (true for a task without
   * targets)}
   *
   * @param task the task
   */
  public boolean healthy(TaskRecord task) {
    for (TargetRecord target : targetsOf.getOrDefault(task, List.of())) {
      if (!target.isDraining() && !target.isHealthy()) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the first target of the task that is unhealthy, if any}
   *
   * @param task the task
   */
  public Optional<TargetRecord> unhealthyTarget(TaskRecord task) {
    for (TargetRecord target : targetsOf.getOrDefault(task, List.of())) {
      if (target.state.equals("unhealthy")) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }

  // ---- health checks ----

  private void check(TargetGroupState group, TargetRecord target) {
    if (target.isDraining() || target.task.lastStatus() == TaskStatus.STOPPED) {
      return;
    }
    Optional<String[]> failure = failure(group, target);
    if (failure.isPresent()) {
      counted(group, target, failure);
      return;
    }
    agent.checkTarget(targetCheck(group, target), outcome -> {
      if (!target.isDraining() && target.task.lastStatus() != TaskStatus.STOPPED) {
        counted(group, target, outcome.map(f -> new String[] {f.reasonCode(), f.description()}));
      }
    });
  }

  /** What the agent checks: the group's settings, on the target's traffic port unless the check names one. */
  private static TargetCheck targetCheck(TargetGroupState group, TargetRecord target) {
    TargetGroupHealthCheck settings = group.model.healthCheck();
    return new TargetCheck(target.task.arn(), target.containerName, target.targetId,
        settings.port().orElse(target.port), settings.protocol().orElse(group.model.protocol()), settings.path(),
        settings.matcher(), Duration.ofSeconds(settings.timeoutSeconds()));
  }

  /** Counts one check's outcome against the group's thresholds and schedules the next check. */
  private void counted(TargetGroupState group, TargetRecord target, Optional<String[]> failure) {
    TargetGroupHealthCheck settings = group.model.healthCheck();
    if (failure.isEmpty()) {
      target.passes++;
      target.failures = 0;
      if (!target.isHealthy() && target.passes >= settings.healthyThresholdCount()) {
        change(group, target, "healthy", Optional.empty(), Optional.empty());
      }
    } else {
      target.failures++;
      target.passes = 0;
      boolean counts = target.state.equals("healthy") || target.state.equals("initial");
      if (counts && target.failures >= settings.unhealthyThresholdCount()) {
        change(group, target, "unhealthy", Optional.of(failure.get()[0]), Optional.of(failure.get()[1]));
      }
    }
    Duration interval = Duration.ofSeconds(settings.intervalSeconds());
    boolean settled = failure.isEmpty() ? target.isHealthy() : target.state.equals("unhealthy");
    Runnable next = () -> check(group, target);
    target.nextCheck = settled ? loop.scheduleBackground(interval, next) : loop.schedule(interval, next);
  }

  /** Why a health check of the target fails now: ELB's reason code and a description; empty if it passes. */
  private Optional<String[]> failure(TargetGroupState group, TargetRecord target) {
    TaskRecord task = target.task;
    ContainerRecord container = task.container(target.containerName);
    if (container == null || !container.isRunning() || task.isStopping()) {
      return Optional.of(new String[] {"Target.FailedHealthChecks", "Health checks failed: the container "
          + target.containerName + " is not running"});
    }
    if (container.health() == HealthStatus.UNHEALTHY) {
      return Optional.of(new String[] {"Target.ResponseCodeMismatch", "Health checks failed with these codes: "
          + "[503] (the container " + target.containerName + " is UNHEALTHY)"});
    }
    Optional<String> blocked = reachability.blocked(group, task, target.port);
    return blocked.map(why -> new String[] {"Target.Timeout", "Request timed out: " + why});
  }

  private void change(TargetGroupState group, TargetRecord target, String state, Optional<String> reason,
      Optional<String> description) {
    String before = target.state;
    target.state = state;
    target.reason = reason;
    target.description = description;
    log.record(EventType.TARGET_HEALTH_CHANGED, target.task.cluster().name(), target.task.shortId(),
        group.model.name() + " " + target.targetId + ":" + target.port + " " + before + " → " + state
            + reason.map(r -> " (" + r + (description.map(d -> ": " + d).orElse("")) + ")").orElse(""));
    changeListeners.forEach(Runnable::run);
  }

  // ---- API ----

  /**
   * ELB's DescribeTargetHealth.
   *
   * @param reference the target group's name or ARN
   * @return each registered target's health
   */
  public List<TargetHealth> describe(String reference) {
    TargetGroupState group = group(reference);
    return group.targets.values().stream().map(t -> new TargetHealth(t.targetId, t.port, t.task.arn(),
        dev.ecsdsl.runtime.TargetHealthState.fromValue(t.state),
        t.reason, t.description, t.requests)).toList();
  }

  /**
   * Requests to a listener, routed as the load balancer would: the first matching rule by priority, else the
   * default action; a forward to several target groups (the rule's {@code forwardConfig}, or the weights a
   * deployment set) picks one per request by the weights (ELB's "weighted target groups"; a group of weight 0 gets
   * nothing); then round-robin over the group's healthy targets that are not draining.
   *
   * @param loadBalancerName the load balancer's name or ARN
   * @param port the listener's port
   * @param host the Host header, for host-header rules
   * @param path the path, for path-pattern rules
   * @param count how many requests
   * @return how they were answered
   */
  public RequestResult send(String loadBalancerName, int port, String host, String path, int count) {
    LoadBalancer lb = environment.loadBalancer(Arns.name(loadBalancerName)).orElseThrow(() ->
        new LoadBalancerNotFoundException("One or more load balancers not found: " + loadBalancerName));
    Listener listener = lb.listeners().stream().filter(l -> l.port() == port).findFirst().orElseThrow(() ->
        new ListenerNotFoundException("Load balancer " + lb.name() + " has no listener on port " + port));
    Optional<ListenerRule> rule = listener.rules().stream().sorted(Comparator.comparingInt(ListenerRule::priority))
        .filter(r -> matches(r.hostHeaders(), host) && matches(r.pathPatterns(), path)).findFirst();
    Map<String, Double> weights = forwards.at(lb.name(), port, rule.map(ListenerRule::priority));
    if (weights == null && rule.isPresent() && rule.get().forwardTargets().size() > 1) {
      weights = forwards.of(environment, lb.name() + ":" + port + ":" + rule.get().priority(),
          g -> group(g).model.name());
    }
    Optional<String> chosen = rule.map(ListenerRule::targetGroup).or(listener::defaultTargetGroup);
    if (weights == null && chosen.isEmpty()) {
      return new RequestResult("", 0, count, Map.of());
    }
    Map<String, Integer> perTarget = new LinkedHashMap<>();
    Map<String, Integer> perGroup = new LinkedHashMap<>();
    Map<String, List<TargetRecord>> candidates = new HashMap<>();
    int answered = 0;
    int errors = 0;
    loadBalancerRequests.merge(lb.name(), (long) count, Long::sum);
    for (int i = 0; i < count; i++) {
      TargetGroupState group = group(weights == null ? chosen.get() : forwards.pick(weights));
      perGroup.merge(group.model.name(), 1, Integer::sum);
      Optional<TargetRecord> target = route(group, candidates.computeIfAbsent(group.model.name(),
          n -> candidates(group)), perTarget);
      if (target.isPresent()) {
        answered++;
        errors += answer(group, target.get()) ? 1 : 0;
      }
    }
    String busiest = perGroup.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse("");
    return new RequestResult(busiest, answered, count - answered, perTarget, errors);
  }

  /**
   * The target answers one request as its container does ({@link Agent#answer}): its response time, and an error
   * status for its share of requests, spread evenly (every {@code 100 / percent}-th request), so that the counts
   * are exact and need no random draw.
   *
   * @return whether it answered with an error status
   */
  private boolean answer(TargetGroupState group, TargetRecord target) {
    RequestAnswer answer = agent.answer(target.task.arn(), target.containerName);
    group.responseSeconds += answer.responseTime().toNanos() / 1e9;
    target.errorCredit += answer.errorPercent() / 100.0;
    if (target.errorCredit < 1.0 - 1e-9) {
      return false;
    }
    target.errorCredit -= 1.0;
    if (answer.errorStatusCode() >= 500) {
      group.targetErrors5xx++;
    }
    return true;
  }

  /** A group's targets that take requests: its healthy ones that are not draining (any live one if none). */
  private static List<TargetRecord> candidates(TargetGroupState group) {
    List<TargetRecord> live = group.registered().stream().filter(t -> !t.isDraining()).toList();
    List<TargetRecord> healthy = live.stream().filter(TargetRecord::isHealthy).toList();
    return healthy.isEmpty() ? live : healthy;
  }

  /** One request to a group: round-robin over its candidates; the target chosen, if any. */
  private static Optional<TargetRecord> route(TargetGroupState group, List<TargetRecord> candidates,
      Map<String, Integer> perTarget) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    group.requests++;
    TargetRecord target = candidates.get(Math.floorMod(group.roundRobin++, candidates.size()));
    target.requests++;
    perTarget.merge(target.targetId + ":" + target.port, 1, Integer::sum);
    return Optional.of(target);
  }

  /**
   * {@return requests routed to the target group so far}
   *
   * @param targetGroup the group's name or ARN
   */
  public long requestCount(String targetGroup) {
    return group(targetGroup).requests;
  }

  /**
   * {@return the counters of the target group's requests so far, the source of its CloudWatch metrics}
   *
   * @param targetGroup the group's name or ARN
   */
  public RequestCounters counters(String targetGroup) {
    TargetGroupState group = group(targetGroup);
    return new RequestCounters(group.requests, group.targetErrors5xx, group.responseSeconds);
  }

  /**
   * {@return the counters of every target group behind the load balancer, summed}
   *
   * @param loadBalancerName the load balancer's name
   */
  public RequestCounters countersOfLoadBalancer(String loadBalancerName) {
    long requests = 0;
    long errors = 0;
    double seconds = 0;
    for (TargetGroupState group : groups.values()) {
      if (group.loadBalancers.stream().anyMatch(lb -> lb.name().equals(loadBalancerName))) {
        requests += group.requests;
        errors += group.targetErrors5xx;
        seconds += group.responseSeconds;
      }
    }
    return new RequestCounters(requests, errors, seconds);
  }

  /**
   * {@return requests sent to the load balancer's listeners so far (ALB's RequestCount of the load balancer)}
   *
   * @param loadBalancerName the load balancer's name
   */
  public long loadBalancerRequestCount(String loadBalancerName) {
    return loadBalancerRequests.getOrDefault(loadBalancerName, 0L);
  }

  /**
   * {@return the group's healthy targets now (ALB's HealthyHostCount)}
   *
   * @param targetGroup the group's name or ARN
   */
  public int healthyTargetCount(String targetGroup) {
    return (int) group(targetGroup).targets.values().stream().filter(t -> !t.isDraining() && t.isHealthy()).count();
  }

  /**
   * {@return the group's name}
   *
   * @param targetGroup the group's name or ARN
   */
  public String targetGroupName(String targetGroup) {
    return group(targetGroup).model.name();
  }

  /** ELB's wildcard match (* and ?), case-insensitive for hosts; an empty list matches everything. */
  private static boolean matches(List<String> patterns, String value) {
    if (patterns.isEmpty()) {
      return true;
    }
    for (String pattern : patterns) {
      String regex = ("\\Q" + pattern + "\\E").replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
      if (Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(value).matches()) {
        return true;
      }
    }
    return false;
  }

  private TargetGroupState group(String reference) {
    TargetGroupState group = groups.get(Arns.name(reference));
    if (group == null) {
      group = groups.values().stream().filter(g -> g.arn.equals(reference)).findFirst().orElse(null);
    }
    if (group == null) {
      throw new TargetGroupNotFoundException("One or more target groups not found: " + reference);
    }
    return group;
  }
}
