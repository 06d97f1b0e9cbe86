package dev.ecsdsl.control.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chooses the instance for a task: the filter stage, the strategies in order, then a uniformly random
 * pick among the equally ranked candidates that are left.
 *
 * <p>The plain way is a scan: filter every instance, rank the survivors, pick. It is kept for every
 * combination of strategies. The common shapes take a shortcut through the indexes; a shortcut
 * answers from the same set of best-ranked candidates, each with the same chance, but draws
 * differently from the scan, so for a given seed the two may pick different (equally good)
 * instances:
 *
 * <ul>
 *   <li>no ranking strategy ({@code random}, the RunTask default): random instances are tried until
 *       one fits, a uniform pick among those that fit; after a few misses, the scan.
 *   <li>{@code binpack} first: a {@link ResourceIndex} ordered by the remaining resource gives the
 *       instance with the least remaining that fits; the tie-break then draws among the instances
 *       with that same remaining amount, by rank, keeping the first draw that fits (so ties are not
 *       listed unless the draws keep missing).
 *   <li>{@code spread(attribute:x)} first: the attribute's values are visited by ascending task count
 *       of the group; within the lowest that has an instance that fits, a following {@code binpack}
 *       or {@code spread(instanceId)} is answered by the index split by that attribute, as above.
 *   <li>{@code spread(instanceId)} first: the index ordered by the group's task count per instance.
 * </ul>
 *
 * Strategies after the ones a shortcut handles rank the list of tied candidates like the scan does.
 */
final class CandidateSearch {
  /** Random draws before listing the tied candidates that fit. */
  static final int SAMPLING_ATTEMPTS = 8;

  private final InstanceRegistry registry;
  private final StrategyRanking ranking;
  private boolean shortcuts = true;

  CandidateSearch(InstanceRegistry registry) {
    this.registry = registry;
    this.ranking = new StrategyRanking(registry);
  }

  /** Tests turn the shortcuts off to hold them to the same rules as the scan. */
  void useShortcuts(boolean use) {
    shortcuts = use;
  }

  /** The chosen instance, or {@code null} if no instance can take the task. */
  InstanceState choose(CompiledDemand demand, RandomGenerator random) {
    registry.placementStarted();
    List<Strategy> strategies = demand.strategies;
    if (!shortcuts) {
      return scan(demand, random);
    }
    if (strategies.isEmpty()) {
      return anyThatFits(demand, random);
    }
    Strategy first = strategies.get(0);
    if (first instanceof Strategy.SpreadAttribute spread) {
      if (strategies.size() == 1) {
        return spreadOnly(demand, spread.attribute(), random);
      }
      IndexOrder order = orderFor(strategies.get(1), demand);
      if (order != null) {
        return byIndex(demand, order, spread.attribute(), strategies.subList(2, strategies.size()), random);
      }
      return scan(demand, random);
    }
    return byIndex(demand, orderFor(first, demand), null, strategies.subList(1, strategies.size()), random);
  }

  /** The index order that answers a strategy, or {@code null} if none does (spread on an attribute). */
  private static IndexOrder orderFor(Strategy strategy, CompiledDemand demand) {
    if (strategy instanceof Strategy.Binpack binpack) {
      return new IndexOrder.Remaining(binpack.resource());
    }
    if (strategy instanceof Strategy.SpreadInstance) {
      return new IndexOrder.GroupCount(demand.group);
    }
    return null;
  }

  /** Filter every registered instance, rank, pick. */
  InstanceState scan(CompiledDemand demand, RandomGenerator random) {
    int[] candidates = new int[Math.max(1, registry.registeredCount())];
    int count = 0;
    for (InstanceState instance : registry.registered()) {
      if (PlacementCheck.fits(instance, demand)) {
        candidates[count++] = instance.slot();
      }
    }
    count = ranking.rank(candidates, count, demand.strategies, demand);
    return pick(candidates, count, random);
  }

  private InstanceState pick(int[] candidates, int count, RandomGenerator random) {
    if (count == 0) {
      return null;
    }
    return registry.atSlot(candidates[count == 1 ? 0 : random.nextInt(count)]);
  }

  private InstanceState anyThatFits(CompiledDemand demand, RandomGenerator random) {
    int total = registry.schedulableCount();
    for (int attempt = 0; attempt < SAMPLING_ATTEMPTS && total > 0; attempt++) {
      InstanceState instance = registry.schedulableAt(total == 1 ? 0 : random.nextInt(total));
      if (PlacementCheck.fits(instance, demand)) {
        return instance;
      }
      if (total == 1) {
        break;
      }
    }
    return scan(demand, random);
  }

  /**
   * The strategy answered by {@code order}, after a spread over {@code spreadAttribute} if that is
   * not {@code null}, then the {@code rest}.
   */
  private InstanceState byIndex(
      CompiledDemand demand, IndexOrder order, String spreadAttribute, List<Strategy> rest, RandomGenerator random) {
    String partition = spreadAttribute != null
        ? spreadAttribute
        // split by zone so that the search never visits instances outside the task's zones
        : demand.allowedZones != null ? InstanceSpec.AVAILABILITY_ZONE : null;
    ResourceIndex index = registry.index(order, partition, demand);
    if (index == null) {
      return scan(demand, random);
    }
    for (int[] tier : tiers(index, spreadAttribute, demand)) {
      InstanceState chosen = best(index, tier, demand, rest, random);
      if (chosen != null) {
        return chosen;
      }
    }
    return null;
  }

  /**
   * {@code spread(attribute:x)} alone: within the lowest tier of values that has an instance that
   * fits, any instance that fits. Random draws from the tier, kept if they fit, are a uniform pick;
   * after {@link #SAMPLING_ATTEMPTS} misses the tier's instances that fit are listed.
   */
  private InstanceState spreadOnly(CompiledDemand demand, String attribute, RandomGenerator random) {
    ResourceIndex index = registry.index(new IndexOrder.Remaining(Resource.MEMORY), attribute, demand);
    if (index == null) {
      return scan(demand, random);
    }
    for (int[] tier : tiers(index, attribute, demand)) {
      int[] sizes = new int[tier.length];
      int total = 0;
      for (int t = 0; t < tier.length; t++) {
        sizes[t] = index.size(tier[t]);
        total += sizes[t];
      }
      for (int attempt = 0; attempt < SAMPLING_ATTEMPTS; attempt++) {
        int rank = total == 1 ? 0 : random.nextInt(total);
        int t = 0;
        while (rank >= sizes[t]) {
          rank -= sizes[t++];
        }
        InstanceState instance = registry.atSlot(index.atRank(tier[t], rank));
        if (PlacementCheck.fits(instance, demand)) {
          return instance;
        }
      }
      InstanceState chosen = rankFitting(
          index, tier, index.order().lowestFitting(demand), Integer.MAX_VALUE, demand, List.of(), random);
      if (chosen != null) {
        return chosen;
      }
    }
    return null;
  }

  /**
   * The buckets of the index to search, in tiers. Spreading over an attribute: the buckets that have
   * members, grouped by equal task count of the group, lowest count first (buckets outside the task's
   * zones left out when the attribute is the zone). Otherwise one tier: every bucket of a split by
   * zone that is one of the task's zones, or the single bucket of an unsplit index.
   */
  private static List<int[]> tiers(ResourceIndex index, String spreadAttribute, CompiledDemand demand) {
    AttributeBuckets buckets = index.partition();
    if (buckets == null) {
      return List.of(new int[] {0});
    }
    if (spreadAttribute == null) {
      int[] zones = demand.allowedZones.stream()
          .mapToInt(buckets::bucketOfValue)
          .filter(bucket -> bucket >= 0)
          .sorted()
          .toArray();
      return List.of(zones);
    }
    int[] counts = buckets.counts(demand.group);
    boolean zoneFilter = demand.allowedZones != null && spreadAttribute.equals(InstanceSpec.AVAILABILITY_ZONE);
    long[] order = new long[buckets.bucketCount()];
    int n = 0;
    for (int bucket = 0; bucket < buckets.bucketCount(); bucket++) {
      if (index.isEmpty(bucket) || (zoneFilter && !demand.zoneAllowed(buckets.value(bucket)))) {
        continue;
      }
      order[n++] = ((long) counts[bucket] << 32) | bucket;
    }
    Arrays.sort(order, 0, n);
    List<int[]> tiers = new ArrayList<>();
    for (int i = 0; i < n; ) {
      int start = i;
      int count = (int) (order[i] >>> 32);
      while (i < n && (int) (order[i] >>> 32) == count) {
        i++;
      }
      int[] tier = new int[i - start];
      for (int k = 0; k < tier.length; k++) {
        tier[k] = (int) order[start + k];
      }
      tiers.add(tier);
    }
    return tiers;
  }

  /**
   * Among the given buckets of the index: the instances that fit with the lowest value, narrowed by
   * the remaining strategies, one of them picked at random; {@code null} if none fits.
   */
  private InstanceState best(
      ResourceIndex index, int[] buckets, CompiledDemand demand, List<Strategy> rest, RandomGenerator random) {
    long from = ResourceIndex.firstKey(index.order().lowestFitting(demand));
    int best = Integer.MAX_VALUE;
    int[] tied = new int[buckets.length];
    int tiedCount = 0;
    InstanceState firstFit = null;
    for (int bucket : buckets) {
      int node = firstFeasible(index, bucket, from, demand);
      if (node == ResourceIndex.NIL) {
        continue;
      }
      int value = ResourceIndex.valueOf(index.keyOf(node));
      if (value < best) {
        best = value;
        tiedCount = 0;
        firstFit = registry.atSlot(node);
      }
      if (value == best) {
        tied[tiedCount++] = bucket;
      }
    }
    if (tiedCount == 0) {
      return null;
    }
    tied = Arrays.copyOf(tied, tiedCount);
    if (rest.isEmpty()) {
      InstanceState sampled = sample(index, tied, best, demand, random, firstFit);
      if (sampled != null) {
        return sampled;
      }
    }
    return rankFitting(index, tied, best, best, demand, rest, random);
  }

  /**
   * A uniform pick among the members with the given value that fit: draw one of all the members with
   * that value, keep it if it fits. {@code null} after {@link #SAMPLING_ATTEMPTS} misses.
   */
  private InstanceState sample(
      ResourceIndex index, int[] buckets, int value, CompiledDemand demand, RandomGenerator random,
      InstanceState knownFit) {
    long low = ResourceIndex.firstKey(value);
    long high = ResourceIndex.lastKey(value);
    int[] below = new int[buckets.length];
    int[] inRange = new int[buckets.length];
    int total = 0;
    for (int t = 0; t < buckets.length; t++) {
      below[t] = index.countBelow(buckets[t], low);
      // no key equals high: slots are below 2^31
      inRange[t] = index.countBelow(buckets[t], high) - below[t];
      total += inRange[t];
    }
    if (total == 1) {
      return knownFit;
    }
    for (int attempt = 0; attempt < SAMPLING_ATTEMPTS; attempt++) {
      int rank = random.nextInt(total);
      int t = 0;
      while (rank >= inRange[t]) {
        rank -= inRange[t++];
      }
      InstanceState instance = registry.atSlot(index.atRank(buckets[t], below[t] + rank));
      if (PlacementCheck.fits(instance, demand)) {
        return instance;
      }
    }
    return null;
  }

  /**
   * Lists the members of the buckets with a value in {@code [lowest, highest]} that fit, in
   * registration order, ranks them by the strategies and picks one.
   */
  private InstanceState rankFitting(
      ResourceIndex index, int[] buckets, int lowest, int highest, CompiledDemand demand, List<Strategy> strategies,
      RandomGenerator random) {
    long from = ResourceIndex.firstKey(lowest);
    long to = ResourceIndex.lastKey(highest);
    int[] candidates = new int[16];
    int count = 0;
    for (int bucket : buckets) {
      int node = firstFit(index, bucket, from, demand);
      while (node != ResourceIndex.NIL && index.keyOf(node) <= to) {
        if (PlacementCheck.fits(registry.atSlot(node), demand)) {
          if (count == candidates.length) {
            candidates = Arrays.copyOf(candidates, count * 2);
          }
          candidates[count++] = node;
        }
        node = firstFit(index, bucket, index.keyOf(node) + 1, demand);
      }
    }
    Arrays.sort(candidates, 0, count);
    count = ranking.rank(candidates, count, strategies, demand);
    return pick(candidates, count, random);
  }

  /** The first member from {@code from} on that fits entirely, or {@link ResourceIndex#NIL}. */
  private int firstFeasible(ResourceIndex index, int bucket, long from, CompiledDemand demand) {
    int node = firstFit(index, bucket, from, demand);
    while (node != ResourceIndex.NIL && !PlacementCheck.fits(registry.atSlot(node), demand)) {
      node = firstFit(index, bucket, index.keyOf(node) + 1, demand);
    }
    return node;
  }

  /** The first member from {@code from} on with the CPU, memory and ENI the task needs. */
  private static int firstFit(ResourceIndex index, int bucket, long from, CompiledDemand demand) {
    return index.firstFit(bucket, from, demand.cpu, demand.memory, demand.minEnis());
  }
}
