package dev.ecsdsl.inmemory.cost;

import dev.ecsdsl.control.InstanceLifetime;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.CpuArchitecture;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.EphemeralStorage;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.InstanceType;
import dev.ecsdsl.model.InstanceTypes;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.RuntimePlatform;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulated run would cost: EC2 instance-hours per instance type and their EBS root volumes, against
 * Fargate vCPU-hours and GB-hours (Fargate Spot discounted), per-second with a one-minute minimum ({@link
 * Billing}). An instance is billed from its launch to its termination, a Fargate task "from the time you start to
 * download your container image until the Amazon ECS Task terminates" (AWS Fargate pricing): from {@code
 * pullStartedAt} to {@code stoppedAt}; what still runs is billed until {@code asOf}. EC2 tasks cost nothing beyond
 * their instances. Not billed: load balancers, data transfer, public IPv4 addresses, CloudWatch.
 *
 * <pre>{@code
 * System.out.println(CostReport.of(ecs, PriceTable.usEast1()));
 * }</pre>
 */
public final class CostReport {
  private final Instant asOf;
  private final List<CostLine> lines;

  private CostReport(Instant asOf, List<CostLine> lines) {
    this.asOf = asOf;
    this.lines = List.copyOf(lines);
  }

  /**
   * The cost of everything the in-memory runtime has run until now, at {@link PriceTable#usEast1()} prices.
   *
   * @param ecs the runtime
   * @return the report
   */
  public static CostReport of(InMemoryEcs ecs) {
    return of(ecs, PriceTable.usEast1());
  }

  /**
   * The cost of everything the in-memory runtime has run until its current virtual time.
   *
   * @param ecs the runtime
   * @param prices the prices to bill at
   * @return the report
   */
  public static CostReport of(InMemoryEcs ecs, PriceTable prices) {
    List<Task> tasks = new ArrayList<>();
    for (ClusterDescription cluster : ListAndDescribe.clusters(ecs.ecs())) {
      tasks.addAll(ListAndDescribe.tasks(ecs.ecs(), cluster.clusterName(), TaskFilter.all()));
    }
    List<CostLine> lines = new ArrayList<>();
    ec2(ecs.environment(), ecs.instanceLifetimes(), ecs.clock().now(), prices, lines);
    fargate(ecs.environment(), tasks, ecs.forgottenFargateTasks().totals(), ecs.clock().now(), prices, lines);
    return new CostReport(ecs.clock().now(), lines);
  }

  /**
   * The cost of these instances and tasks of {@code env} until {@code asOf}.
   *
   * @param env the environment the instances and tasks belong to
   * @param tasks the tasks to bill (Fargate ones; EC2 tasks are paid by their instances)
   * @param instances the EC2 instances to bill, with when they ran
   * @param asOf the end of the billing
   * @param prices the prices to bill at
   * @return the report
   */
  public static CostReport of(Environment env, Collection<Task> tasks, Collection<InstanceLifetime> instances,
      Instant asOf, PriceTable prices) {
    List<CostLine> lines = new ArrayList<>();
    ec2(env, instances, asOf, prices, lines);
    fargate(env, tasks, List.of(), asOf, prices, lines);
    return new CostReport(asOf, lines);
  }

  private static void ec2(Environment env, Collection<InstanceLifetime> instances, Instant asOf, PriceTable prices,
      List<CostLine> lines) {
    Map<String, Usage> byType = new LinkedHashMap<>();
    for (InstanceLifetime instance : instances) {
      Optional<InstanceGroup> group = env.cluster(instance.cluster()).flatMap(c -> c.instanceGroups().stream()
          .filter(g -> g.name().equals(instance.instanceGroup())).findFirst());
      InstanceType type = group.flatMap(InstanceGroup::resolvedInstanceType)
          .or(() -> InstanceTypes.find(instance.instanceType()))
          .orElseThrow(() -> new IllegalArgumentException("no price for instance type " + instance.instanceType()
              + " of instance " + instance.ec2InstanceId() + ": describe it with InstanceType.builder() or price it"
              + " with PriceTable.withEc2Hourly"));
      boolean spot = group.flatMap(InstanceGroup::spot).orElse(false);
      long seconds = Billing.seconds(instance.launchedAt(), instance.terminatedAt().orElse(asOf));
      String key = type.name() + (spot ? " Spot (at the given price)" : " on-demand");
      Usage usage = byType.computeIfAbsent(key, k -> new Usage());
      usage.count++;
      usage.seconds += seconds;
      usage.usd += seconds / Billing.SECONDS_PER_HOUR * prices.ec2Hourly(type);
    }
    long volumeSeconds = 0;
    int volumes = 0;
    for (Map.Entry<String, Usage> entry : byType.entrySet()) {
      Usage u = entry.getValue();
      lines.add(new CostLine(CostLine.Category.EC2, entry.getKey(), u.count,
          hours(u.seconds) + " instance-hours", u.usd));
      volumeSeconds += u.seconds;
      volumes += u.count;
    }
    if (volumes > 0 && prices.rootVolumeGiB() > 0) {
      double gbMonths = (double) prices.rootVolumeGiB() * volumeSeconds / Billing.SECONDS_PER_MONTH;
      lines.add(new CostLine(CostLine.Category.EBS, prices.rootVolumeGiB() + " GiB root volumes", volumes,
          String.format(Locale.ROOT, "%.4f GB-months", gbMonths), gbMonths * prices.ebsGbMonth()));
    }
  }

  private static void fargate(Environment env, Collection<Task> tasks,
      Collection<ForgottenFargateTasks.Total> forgotten, Instant asOf, PriceTable prices, List<CostLine> lines) {
    Map<String, Usage> byShape = new LinkedHashMap<>();
    for (Task task : tasks) {
      if (task.launchType() == LaunchType.FARGATE && task.pullStartedAt().isPresent()) {
        bill(env, task, 1, Billing.seconds(task.pullStartedAt().get(), task.stoppedAt().orElse(asOf)), prices,
            byShape);
      }
    }
    for (ForgottenFargateTasks.Total total : forgotten) {
      bill(env, total.sample, total.count, total.seconds, prices, byShape);
    }
    byShape.forEach((key, u) -> lines.add(new CostLine(
        key.startsWith("S") ? CostLine.Category.FARGATE_SPOT : CostLine.Category.FARGATE, key.substring(1), u.count,
        String.format(Locale.ROOT, "%.4f vCPU-hours, %.4f GB-hours", u.vcpuHours, u.gbHours), u.usd)));
  }

  /** Bills {@code count} tasks of the shape of {@code task} that ran {@code seconds} in all. */
  private static void bill(Environment env, Task task, int count, long seconds, PriceTable prices,
      Map<String, Usage> byShape) {
    Optional<TaskDefinition> definition = env.taskDefinition(task.taskDefinitionArn());
    boolean arm = definition.flatMap(TaskDefinition::runtimePlatform).flatMap(RuntimePlatform::cpuArchitecture)
        .map(a -> a == CpuArchitecture.ARM64).orElse(false);
    int extraStorageGb = definition.flatMap(TaskDefinition::ephemeralStorage).map(EphemeralStorage::sizeInGiB)
        .map(size -> Math.max(0, size - 20)).orElse(0);
    boolean spot = isSpot(env, task);
    double vcpu = task.cpu() / 1024.0;
    double gb = task.memory() / 1024.0;
    double hours = seconds / Billing.SECONDS_PER_HOUR;
    double usd = hours * (vcpu * prices.fargateVcpuHour(arm) + gb * prices.fargateGbHour(arm)
        + extraStorageGb * prices.ephemeralStorageGbHour());
    String family = definition.map(TaskDefinition::family).orElse(task.taskDefinitionArn());
    String key = (spot ? "S" : "F") + family + " " + number(vcpu) + " vCPU " + number(gb) + " GB "
        + (arm ? "ARM" : "x86") + (extraStorageGb > 0 ? " +" + extraStorageGb + " GB storage" : "");
    Usage usage = byShape.computeIfAbsent(key, k -> new Usage());
    usage.count += count;
    usage.seconds += seconds;
    usage.vcpuHours += vcpu * hours;
    usage.gbHours += gb * hours;
    usage.usd += spot ? usd * (1 - prices.fargateSpotDiscount()) : usd;
  }

  private static boolean isSpot(Environment env, Task task) {
    Optional<Cluster> cluster = env.cluster(task.clusterArn());
    return task.capacityProviderName().flatMap(name -> cluster.flatMap(c -> c.capacityProvider(name)))
        .map(p -> p.type() == CapacityProviderType.FARGATE_SPOT).orElse(false);
  }

  /** Instances, volumes or tasks billed together, and what they used. */
  private static final class Usage {
    int count;
    long seconds;
    double vcpuHours;
    double gbHours;
    double usd;
  }

  private static String hours(long seconds) {
    return String.format(Locale.ROOT, "%.4f", seconds / Billing.SECONDS_PER_HOUR);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /**
   * When the report was made: what still ran is billed until then.
   *
   * @return the report's time
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Every line, EC2 and EBS first, then Fargate and Fargate Spot.
   *
   * @return the lines
   */
  public List<CostLine> lines() {
    return lines;
  }

  /**
   * The cost of one category.
   *
   * @param category the category
   * @return its cost in USD
   */
  public double usd(CostLine.Category category) {
    return lines.stream().filter(l -> l.category() == category).mapToDouble(CostLine::usd).sum();
  }

  /**
   * EC2 instance-hours and their EBS root volumes.
   *
   * @return their cost in USD
   */
  public double ec2Usd() {
    return usd(CostLine.Category.EC2) + usd(CostLine.Category.EBS);
  }

  /**
   * Fargate and Fargate Spot.
   *
   * @return their cost in USD
   */
  public double fargateUsd() {
    return usd(CostLine.Category.FARGATE) + usd(CostLine.Category.FARGATE_SPOT);
  }

  /**
   * Everything.
   *
   * @return the total cost in USD
   */
  public double totalUsd() {
    return ec2Usd() + fargateUsd();
  }

  /** A readable table, one line per row, then the totals. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Cost until " + asOf + " (USD)\n");
    String row = "%-13s %-34s %5s  %-42s %12s%n";
    out.append(String.format(Locale.ROOT, row, "category", "item", "count", "usage", "USD"));
    for (CostLine line : lines) {
      out.append(String.format(Locale.ROOT, row, line.category(), line.item(), line.count(), line.usage(),
          money(line.usd())));
    }
    out.append(String.format(Locale.ROOT, row, "EC2 + EBS", "", "", "", money(ec2Usd())));
    out.append(String.format(Locale.ROOT, row, "Fargate", "", "", "", money(fargateUsd())));
    out.append(String.format(Locale.ROOT, row, "total", "", "", "", money(totalUsd())));
    return out.toString();
  }

  private static String money(double amount) {
    return String.format(Locale.ROOT, "%.4f", amount);
  }
}
