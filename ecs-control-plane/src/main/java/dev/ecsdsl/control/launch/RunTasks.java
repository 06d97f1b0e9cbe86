package dev.ecsdsl.control.launch;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.tags.ResourceTags;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRegistry;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRevision;
import dev.ecsdsl.control.tasks.TaskSnapshots;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.StartTaskRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * RunTask and StartTask: ECS's checks of the request and the task definition against where its tasks go, then
 * one launch per task (placement's choice for RunTask, the named instances for StartTask). A call that fails its
 * checks changes nothing; a task that finds no place is a failure of the result, not of the call.
 */
public final class RunTasks {
  private final Clusters clusters;
  private final TaskDefinitionRegistry taskDefinitions;
  private final TaskLauncher launcher;
  private final ResourceTags tags;
  private final Supplier<Environment> environment;

  /**
   * RunTask and StartTask over the control plane's parts.
   *
   * @param clusters the clusters
   * @param taskDefinitions the task definition revisions
   * @param launcher places and starts the tasks
   * @param tags where the calls' tags go
   * @param environment the deployed description (subnets and security groups)
   */
  public RunTasks(Clusters clusters, TaskDefinitionRegistry taskDefinitions, TaskLauncher launcher, ResourceTags tags,
      Supplier<Environment> environment) {
    this.clusters = clusters;
    this.taskDefinitions = taskDefinitions;
    this.launcher = launcher;
    this.tags = tags;
    this.environment = environment;
  }

  /**
   * RunTask.
   *
   * @param request the request
   * @return the tasks started and the failures, as RunTask returns them
   */
  public RunTaskResponse runTask(RunTaskRequest request) {
    ClusterRecord cluster = clusters.require(request.cluster());
    RunTaskValidation.checkRequest(request);
    ResourceTags.check(request.tags());
    List<LaunchTarget> targets = LaunchTargets.of(cluster, request.launchType(), request.capacityProviderStrategy(),
        request.count());
    LaunchSpec spec = standaloneSpec(cluster, request, targets);
    RunTaskResponse.Builder result = RunTaskResponse.builder();
    Set<Failure> failures = new LinkedHashSet<>();
    for (LaunchTarget target : targets) {
      collect(launcher.launch(cluster, spec, target), request.tags(), result, failures);
    }
    return result.failures(failures).build();
  }

  /**
   * StartTask: RunTask's checks, then one task on each named container instance instead of placement's choice.
   * An instance that is not registered in the cluster is a MISSING failure; one the task does not fit
   * (resources, ports, the task definition's constraints, DRAINING) fails with placement's reason.
   *
   * @param request the request
   * @return the tasks started and the failures
   */
  public RunTaskResponse startTask(StartTaskRequest request) {
    ClusterRecord cluster = clusters.require(request.cluster());
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
      instances.add(cluster.instance(reference).filter(InstanceRecord::isRegistered));
    }
    LaunchSpec spec = standaloneSpec(cluster, asRun,
        List.of(new LaunchTarget(LaunchType.EC2, Optional.empty(), Optional.empty())));
    RunTaskResponse.Builder result = RunTaskResponse.builder();
    Set<Failure> failures = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      if (instances.get(i).isEmpty()) {
        failures.add(Failure.builder().arn(request.containerInstances().get(i)).reason("MISSING").build());
        continue;
      }
      collect(launcher.launchOn(cluster, spec, instances.get(i).get()), request.tags(), result, failures);
    }
    return result.failures(failures).build();
  }

  /**
   * What a standalone task launches, after RunTask's checks of the task definition (ACTIVE, overrides applied)
   * against where its tasks go.
   */
  private LaunchSpec standaloneSpec(ClusterRecord cluster, RunTaskRequest request, List<LaunchTarget> targets) {
    TaskDefinitionRevision revision = taskDefinitions.requireActive(request.taskDefinition());
    TaskDefinition definition = EffectiveTaskDefinition.apply(revision.definition(), request.overrides());
    for (LaunchTarget target : new LinkedHashSet<>(targets)) {
      RunTaskValidation.checkCompatible(definition, target.compatibility());
      RunTaskValidation.checkNetwork(environment.get(), definition, target.fargate(), request.networkConfiguration());
      if (!target.fargate() && !TaskLauncher.waitsForCapacity(cluster, target) && !cluster.hasRegisteredInstances()) {
        throw EcsException.invalidParameter("No Container Instances were found in your cluster.");
      }
    }
    definition.placementConstraints().forEach(RunTaskValidation::checkConstraint);
    List<PlacementConstraint> constraints = new ArrayList<>(request.placementConstraints());
    constraints.addAll(definition.placementConstraints());
    return new LaunchSpec(definition, revision.arn(), request.group().orElse("family:" + definition.family()),
        request.startedBy(), Optional.empty(), constraints, request.placementStrategy(),
        request.networkConfiguration());
  }

  /** Adds what launching one task gave to a RunTask or StartTask result; a started task gets the call's tags. */
  private void collect(Launched launched, List<Tag> taskTags, RunTaskResponse.Builder result, Set<Failure> failures) {
    if (launched.launched()) {
      tags.tag(launched.task().arn(), taskTags);
      result.addTask(TaskSnapshots.task(launched.task()));
    } else {
      failures.addAll(launched.failures());
      result.addExplanation(launched.explanation());
    }
  }
}
