package dev.ecsdsl.inmemory.control;

import dev.ecsdsl.inmemory.control.LaunchSpec.Target;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResult;
import dev.ecsdsl.runtime.StartTaskRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * StartTask: RunTask's checks, then one task on each named container instance instead of placement's
 * choice. An instance that is not registered in the cluster is a MISSING failure; one the task does not
 * fit (resources, ports, the task definition's constraints, DRAINING) fails with placement's reason.
 */
final class StartTask {
  private StartTask() {}

  static RunTaskResult start(ControlPlane plane, ClusterState cluster, StartTaskRequest request) {
    int count = request.containerInstances().size();
    if (count < 1 || count > 10) {
      throw EcsException.invalidParameter("containerInstances must name 1 to 10 container instances, got "
          + count + ".");
    }
    RunTaskRequest asRun = RunTaskRequest.builder().cluster(request.cluster())
        .taskDefinition(request.taskDefinition()).count(count).launchType(LaunchType.EC2)
        .networkConfiguration(request.networkConfiguration()).overrides(request.overrides())
        .group(request.group()).startedBy(request.startedBy())
        .volumeConfigurations(request.volumeConfigurations()).build();
    RunTaskValidation.checkRequest(asRun);
    ResourceTags.check(request.tags());
    List<Optional<InstanceRecord>> instances = new ArrayList<>();
    for (String reference : request.containerInstances()) {
      instances.add(cluster.instance(reference).filter(i -> i.status != ContainerInstanceStatus.INACTIVE));
    }
    LaunchSpec spec = plane.standaloneSpec(cluster, asRun,
        List.of(new Target(LaunchType.EC2, Optional.empty(), Optional.empty())));
    RunTaskResult.Builder result = RunTaskResult.builder();
    Set<Failure> failures = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      if (instances.get(i).isEmpty()) {
        failures.add(Failure.builder().arn(request.containerInstances().get(i)).reason("MISSING").build());
        continue;
      }
      plane.collect(plane.launchOn(cluster, spec, instances.get(i).get()), request.tags(), result, failures);
    }
    return result.failures(failures).build();
  }
}
