package dev.ecsdsl.control.placement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the outcome of a task that fits nowhere: one {@link PlacementFailure} per rejected instance
 * and a sentence that says why, e.g. {@code no container instance met all requirements: 3 lacked
 * memory, 1 was DRAINING; closest instance i-0abc lacked 256 MiB memory}. Reasons are counted by the
 * first check each instance failed, most common first.
 *
 * <p>The closest instance is, among those that were ACTIVE, connected and in an allowed zone, the one
 * with the fewest unmet requirements, then the smallest missing CPU and memory relative to the
 * task's, then the earliest registered.
 */
final class FailureExplainer {
  static final String NOTHING_REGISTERED = "no container instances are registered in the cluster";
  static final String PREFIX = "no container instance met all requirements: ";

  private FailureExplainer() {}

  static PlacementDecision explain(Iterable<InstanceState> registered, CompiledDemand demand) {
    Map<FailureReason, Integer> counts = new EnumMap<>(FailureReason.class);
    List<PlacementFailure> failures = new ArrayList<>();
    InstanceState closest = null;
    List<String> closestUnmet = null;
    double closestShortfall = 0;
    double[] shortfall = new double[1];
    for (InstanceState instance : registered) {
      FailureReason reason = Feasibility.firstFailure(instance, demand);
      if (reason == null) {
        throw new IllegalStateException(instance.name() + " can take the task, yet none was chosen");
      }
      counts.merge(reason, 1, Integer::sum);
      if (reason != FailureReason.DRAINING) {
        failures.add(new PlacementFailure(
            instance.spec().containerInstanceArn(), reason.ecsName(), Feasibility.detail(reason, instance, demand)));
      }
      if (reason.compareTo(FailureReason.LOCATION) > 0) {
        List<String> unmet = Feasibility.unmet(instance, demand, shortfall);
        if (closest == null
            || unmet.size() < closestUnmet.size()
            || (unmet.size() == closestUnmet.size() && shortfall[0] < closestShortfall)) {
          closest = instance;
          closestUnmet = unmet;
          closestShortfall = shortfall[0];
        }
      }
    }
    if (counts.isEmpty()) {
      return PlacementDecision.notPlaced(failures, NOTHING_REGISTERED);
    }
    List<Map.Entry<FailureReason, Integer>> byCount = new ArrayList<>(counts.entrySet());
    // most common reason first; EnumMap order (the filter order) breaks ties
    byCount.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    StringBuilder text = new StringBuilder(PREFIX);
    String separator = "";
    for (Map.Entry<FailureReason, Integer> count : byCount) {
      text.append(separator).append(phrase(count.getKey(), count.getValue(), demand));
      separator = ", ";
    }
    if (closest != null) {
      text.append("; closest instance ").append(closest.name()).append(' ').append(String.join(" and ", closestUnmet));
    }
    return PlacementDecision.notPlaced(failures, text.toString());
  }

  private static String phrase(FailureReason reason, int count, CompiledDemand demand) {
    if (reason == FailureReason.DISTINCT_INSTANCE) {
      return count + " already ran a task of group " + demand.group + " (distinctInstance)";
    }
    if (reason == FailureReason.MEMBER_OF && demand.memberOf.size() == 1) {
      return count + " did not satisfy memberOf(" + demand.memberOf.get(0).expression() + ")";
    }
    return reason.count(count);
  }

  /** Why one named instance cannot take the task (StartTask). */
  static PlacementDecision rejectedBy(InstanceState instance, FailureReason reason, CompiledDemand demand) {
    String detail = Feasibility.detail(reason, instance, demand);
    return PlacementDecision.notPlaced(
        List.of(new PlacementFailure(instance.spec().containerInstanceArn(), reason.ecsName(), detail)),
        "container instance " + instance.name() + " cannot take the task (" + reason.ecsName() + "): " + detail);
  }
}
