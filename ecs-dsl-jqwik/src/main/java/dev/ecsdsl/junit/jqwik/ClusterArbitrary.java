package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Cluster;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Clusters named {@code prod} of EC2 container instances, sized as a property needs: which instance types, how many
 * instances per group, how many groups, over which zones. Immutable: every method returns a new arbitrary. Choices
 * shrink towards the first instance type, the fewest instances, groups and zones.
 *
 * <pre>{@code
 * // every try can fit a 1 GiB task: no t3.micro, at least 2 instances over 2 or 3 zones
 * EcsArbitraries.clusters().instanceTypes("m5.large", "c5.xlarge").instances(2, 6).zones(2, 3)
 * }</pre>
 */
public final class ClusterArbitrary extends ArbitraryDecorator<Cluster> {
  private static final int MAX_INSTANCES = 100;

  private final List<String> instanceTypes;
  private final int minInstances;
  private final int maxInstances;
  private final int minGroups;
  private final int maxGroups;
  private final List<String> zones;
  private final int minZones;
  private final int maxZones;

  private ClusterArbitrary(List<String> instanceTypes, int minInstances, int maxInstances, int minGroups,
      int maxGroups, List<String> zones, int minZones, int maxZones) {
    this.instanceTypes = instanceTypes;
    this.minInstances = minInstances;
    this.maxInstances = maxInstances;
    this.minGroups = minGroups;
    this.maxGroups = maxGroups;
    this.zones = zones;
    this.minZones = minZones;
    this.maxZones = maxZones;
  }

  /** {@return the default: one or two groups of one to six instances of any of {@link EcsArbitraries#INSTANCE_TYPES}
   *     over one to three of {@link EcsArbitraries#ZONES}} */
  static ClusterArbitrary defaults() {
    return new ClusterArbitrary(EcsArbitraries.INSTANCE_TYPES, 1, 6, 1, 2, EcsArbitraries.ZONES, 1,
        EcsArbitraries.ZONES.size());
  }

  /**
   * Only these instance types (each group picks one; the first is where shrinking goes).
   *
   * @param types EC2 instance types the runtime knows, e.g. {@code "m5.large"}
   * @return a new arbitrary
   * @throws IllegalArgumentException when no type is given
   */
  public ClusterArbitrary instanceTypes(String... types) {
    if (types.length == 0) {
      throw new IllegalArgumentException("instanceTypes needs at least one instance type");
    }
    return new ClusterArbitrary(List.of(types), minInstances, maxInstances, minGroups, maxGroups, zones, minZones,
        maxZones);
  }

  /**
   * How many instances each instance group has.
   *
   * @param min at least 1
   * @param max at least {@code min}, at most 100
   * @return a new arbitrary
   * @throws IllegalArgumentException when the range is empty or out of bounds
   */
  public ClusterArbitrary instances(int min, int max) {
    requireRange("instances", min, max, 1, MAX_INSTANCES);
    return new ClusterArbitrary(instanceTypes, min, max, minGroups, maxGroups, zones, minZones, maxZones);
  }

  /**
   * How many instance groups the cluster has (each with its own type, count and zones).
   *
   * @param min at least 1
   * @param max at least {@code min}, at most 5
   * @return a new arbitrary
   * @throws IllegalArgumentException when the range is empty or out of bounds
   */
  public ClusterArbitrary groups(int min, int max) {
    requireRange("groups", min, max, 1, 5);
    return new ClusterArbitrary(instanceTypes, minInstances, maxInstances, min, max, zones, minZones, maxZones);
  }

  /**
   * Over how many zones each group spreads its instances (the first {@code n} of the zones).
   *
   * @param min at least 1
   * @param max at least {@code min}, at most the number of zones
   * @return a new arbitrary
   * @throws IllegalArgumentException when the range is empty or out of bounds
   */
  public ClusterArbitrary zones(int min, int max) {
    requireRange("zones", min, max, 1, zones.size());
    return new ClusterArbitrary(instanceTypes, minInstances, maxInstances, minGroups, maxGroups, zones, min, max);
  }

  /**
   * Exactly these zones, every group over all of them. The clusters are built in the zones' region, whose default
   * VPC has a subnet in its zones a, b and c.
   *
   * @param names availability zones a, b or c of one region, e.g. {@code "eu-west-1a", "eu-west-1b"}
   * @return a new arbitrary
   * @throws IllegalArgumentException when no zone is given, or they are not zones a-c of one region
   */
  public ClusterArbitrary zones(String... names) {
    if (names.length == 0) {
      throw new IllegalArgumentException("zones needs at least one zone");
    }
    for (String name : names) {
      if (!name.matches("[a-z]{2}(-[a-z]+)+-\\d[a-c]") || !region(name).equals(region(names[0]))) {
        throw new IllegalArgumentException("zones must be zones a, b or c of one region (its default VPC's), e.g. "
            + "eu-west-1a; got " + List.of(names));
      }
    }
    return new ClusterArbitrary(instanceTypes, minInstances, maxInstances, minGroups, maxGroups, List.of(names),
        names.length, names.length);
  }

  private static String region(String zone) {
    return zone.substring(0, zone.length() - 1);
  }

  private static void requireRange(String what, int min, int max, int lowest, int highest) {
    if (min < lowest || max < min || max > highest) {
      throw new IllegalArgumentException(what + " must be a range within " + lowest + ".." + highest + "; got "
          + min + ".." + max);
    }
  }

  /** {@return the instance groups this arbitrary draws, one per group} */
  Arbitrary<EcsArbitraries.InstanceGroupSpec> instanceGroups() {
    return Combinators.combine(Arbitraries.of(instanceTypes), Arbitraries.integers().between(minInstances,
            maxInstances), Arbitraries.integers().between(minZones, maxZones),
            Arbitraries.of(EcsArbitraries.STACKS).injectNull(0.5))
        .as((type, count, zoneCount, stack) -> new EcsArbitraries.InstanceGroupSpec(type, count,
            zones.subList(0, zoneCount), stack));
  }

  @Override
  protected Arbitrary<Cluster> arbitrary() {
    return instanceGroups().list().ofMinSize(minGroups).ofMaxSize(maxGroups)
        .map(groups -> EcsArbitraries.withCluster(Ecs.environment("arbitrary")
        .region(region(zones.get(0))), groups).build().clusters().get(0));
  }

  @Override
  public String toString() {
    return "clusters of " + minGroups + ".." + maxGroups + " groups of " + minInstances + ".." + maxInstances + " "
        + instanceTypes + " over " + minZones + ".." + maxZones + " of " + zones;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClusterArbitrary c && c.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toString());
  }
}
