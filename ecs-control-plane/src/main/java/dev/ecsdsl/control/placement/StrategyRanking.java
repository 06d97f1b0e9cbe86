package dev.ecsdsl.control.placement;

import java.util.List;

/**
 * The strategy stage over an explicit candidate list: each strategy scores the candidates and keeps
 * those with the lowest score, in order, so the next strategy only breaks ties.
 */
final class StrategyRanking {
  private final InstanceRegistry registry;

  StrategyRanking(InstanceRegistry registry) {
    this.registry = registry;
  }

  /**
   * Narrows {@code candidates[0..count)} (slots, ascending) by the strategies, in place.
   *
   * @return how many candidates are left at the front of the array
   */
  int rank(int[] candidates, int count, List<Strategy> strategies, CompiledDemand demand) {
    for (Strategy strategy : strategies) {
      if (count <= 1) {
        break;
      }
      count = narrow(candidates, count, strategy, demand);
    }
    return count;
  }

  private int narrow(int[] candidates, int count, Strategy strategy, CompiledDemand demand) {
    int[] scores = new int[count];
    int best = Integer.MAX_VALUE;
    if (strategy instanceof Strategy.SpreadAttribute spread) {
      AttributeBuckets buckets = registry.buckets(spread.attribute());
      int[] counts = buckets.counts(demand.group);
      for (int i = 0; i < count; i++) {
        scores[i] = counts[buckets.bucketOf(candidates[i])];
        best = Math.min(best, scores[i]);
      }
    } else {
      for (int i = 0; i < count; i++) {
        scores[i] = score(registry.atSlot(candidates[i]), strategy, demand);
        best = Math.min(best, scores[i]);
      }
    }
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (scores[i] == best) {
        candidates[kept++] = candidates[i];
      }
    }
    return kept;
  }

  /** Lower is better; spread over an attribute is scored in {@link #narrow}, per bucket. */
  private static int score(InstanceState instance, Strategy strategy, CompiledDemand demand) {
    if (strategy instanceof Strategy.Binpack binpack) {
      return binpack.resource().remaining(instance);
    }
    if (strategy instanceof Strategy.SpreadInstance) {
      return instance.groupCount(demand.group);
    }
    return 0;
  }
}
