package dev.ecsdsl.control.placement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the outcome of a task that fits nowhere from the {@link PlacementCheck}s: one {@link PlacementFailure}
 * per rejected instance that ECS reports, and a sentence that says why, e.g. {@code no container instance met
 * all requirements: 3 lacked memory, 1 was DRAINING; closest instance i-0abc lacked 256 MiB memory}. Reasons are
 * counted by the first check each instance failed, most common first.
 *
 * <p>The closest instance is one the task could run on if it had more room: among the instances that pass every
 * check that {@linkplain PlacementCheck#excludes() excludes} an instance (status, capacity provider, zone,
 * memberOf), the one that fails the fewest checks, then the one with the smallest missing CPU and memory relative
 * to the task's, then the earliest registered. An instance the task may never run on is never named as closest.
 */
final class FailureExplainer {
  static final String NOTHING_REGISTERED = "no container instances are registered in the cluster";
  static final String PREFIX = "no container instance met all requirements: ";

  private FailureExplainer() {}

  static PlacementDecision explain(Iterable<InstanceState> registered, CompiledDemand demand) {
    Map<FailureReason, Integer> counts = new EnumMap<>(FailureReason.class);
    List<PlacementFailure> failures = new ArrayList<>();
    InstanceState closest = null;
    List<String> closestLacks = null;
    double closestShortfall = 0;
    for (InstanceState instance : registered) {
      PlacementCheck failed = PlacementCheck.firstFailure(instance, demand);
      if (failed == null) {
        throw new IllegalStateException(instance.name() + " can take the task, yet none was chosen");
      }
      counts.merge(failed.reason(), 1, Integer::sum);
      if (failed.reason().reported()) {
        failures.add(new PlacementFailure(
            instance.spec().containerInstanceArn(), failed.reason().ecsName(), failed.detail(instance, demand)));
      }
      List<String> lacks = new ArrayList<>(2);
      double shortfall = 0;
      boolean excluded = false;
      for (PlacementCheck check : PlacementCheck.pipeline()) {
        if (!check.admits(instance, demand)) {
          if (check.excludes()) {
            excluded = true;
            break;
          }
          lacks.add(check.lack(instance, demand));
          shortfall += check.shortfall(instance, demand);
        }
      }
      if (!excluded && (closest == null || lacks.size() < closestLacks.size()
          || (lacks.size() == closestLacks.size() && shortfall < closestShortfall))) {
        closest = instance;
        closestLacks = lacks;
        closestShortfall = shortfall;
      }
    }
    if (counts.isEmpty()) {
      return PlacementDecision.notPlaced(failures, NOTHING_REGISTERED);
    }
    List<Map.Entry<FailureReason, Integer>> byCount = new ArrayList<>(counts.entrySet());
    // most common reason first; EnumMap order (the pipeline's order) breaks ties
    byCount.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    StringBuilder text = new StringBuilder(PREFIX);
    String separator = "";
    for (Map.Entry<FailureReason, Integer> count : byCount) {
      text.append(separator).append(phrase(count.getKey(), count.getValue(), demand));
      separator = ", ";
    }
    if (closest != null) {
      text.append("; closest instance ").append(closest.name()).append(' ').append(String.join(" and ", closestLacks));
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

  /** Why one named instance cannot take the task (StartTask, a daemon's instance). */
  static PlacementDecision rejectedBy(InstanceState instance, PlacementCheck failed, CompiledDemand demand) {
    String detail = failed.detail(instance, demand);
    String reason = failed.reason().ecsName();
    return PlacementDecision.notPlaced(List.of(new PlacementFailure(instance.spec().containerInstanceArn(), reason,
        detail)), "container instance " + instance.name() + " cannot take the task (" + reason + "): " + detail);
  }
}
