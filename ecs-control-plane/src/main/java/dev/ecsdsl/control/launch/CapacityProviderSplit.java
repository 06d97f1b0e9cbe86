package dev.ecsdsl.control.launch;

import dev.ecsdsl.model.CapacityProviderStrategyItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the tasks of one call over a capacity provider strategy as ECS documents it: first each
 * provider's {@code base} is met, in strategy order; after that tasks go by {@code weight}, each task to the
 * provider furthest below its weighted share (ties to the earlier provider).
 */
final class CapacityProviderSplit {
  private CapacityProviderSplit() {}

  static List<String> assign(List<CapacityProviderStrategyItem> strategy, int count) {
    int[] assigned = new int[strategy.size()];
    List<String> result = new ArrayList<>();
    for (int task = 0; task < count; task++) {
      int chosen = -1;
      for (int i = 0; i < strategy.size() && chosen < 0; i++) {
        if (assigned[i] < strategy.get(i).base().orElse(0)) {
          chosen = i;
        }
      }
      if (chosen < 0) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < strategy.size(); i++) {
          int weight = strategy.get(i).weight().orElse(0);
          if (weight <= 0) {
            continue;
          }
          int beyondBase = Math.max(0, assigned[i] - strategy.get(i).base().orElse(0));
          double load = (beyondBase + 1.0) / weight;
          if (load < best) {
            best = load;
            chosen = i;
          }
        }
      }
      if (chosen < 0) {
        chosen = 0;
      }
      assigned[chosen]++;
      result.add(strategy.get(chosen).capacityProvider());
    }
    return result;
  }
}
