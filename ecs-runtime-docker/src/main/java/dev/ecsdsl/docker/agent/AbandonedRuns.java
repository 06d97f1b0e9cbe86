package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the runs on an engine whose owner process is gone: every container, network and volume with a
 * {@link DockerLabels#RUN} label, grouped by run, judged by the owner its labels name ({@link RunOwner}).
 * A run is abandoned when every object of it that names an owner names one that is {@linkplain
 * RunOwner.Liveness#GONE gone}; a run whose objects name no owner at all (made by an older version, or by
 * hand) is not.
 */
final class AbandonedRuns {
  private AbandonedRuns() {}

  /** The ids of the abandoned runs, as seen from {@code self}. */
  static Set<String> find(DockerClient docker, RunOwner self) {
    Map<String, Boolean> gone = new LinkedHashMap<>();
    for (Container container : docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(List.of(DockerLabels.RUN)).exec()) {
      judge(gone, container.getLabels(), self);
    }
    for (Network network : docker.listNetworksCmd().withFilter("label", List.of(DockerLabels.RUN)).exec()) {
      judge(gone, network.getLabels(), self);
    }
    for (Map<String, String> labels : DockerCleanup.volumeLabels(docker, DockerLabels.RUN).values()) {
      judge(gone, labels, self);
    }
    Set<String> abandoned = new TreeSet<>();
    gone.forEach((run, isGone) -> {
      if (isGone) {
        abandoned.add(run);
      }
    });
    return abandoned;
  }

  /** Folds one object's verdict into its run's: gone only if every object says gone. */
  private static void judge(Map<String, Boolean> gone, Map<String, String> labels, RunOwner self) {
    String run = labels == null ? null : labels.get(DockerLabels.RUN);
    if (run == null || run.isEmpty()) {
      return;
    }
    Optional<RunOwner> owner = RunOwner.fromLabels(labels);
    boolean isGone = owner.isPresent() && self.liveness(owner.get()) == RunOwner.Liveness.GONE;
    gone.merge(run, isGone, Boolean::logicalAnd);
  }
}
