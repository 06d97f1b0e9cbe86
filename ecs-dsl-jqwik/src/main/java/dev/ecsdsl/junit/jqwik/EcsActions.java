package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * What an action chain does to an {@link EcsSystem}, each as ECS's API or the world would: RunTask,
 * StopTask, UpdateService, draining and losing instances, killed and crashing containers, time passing. Each
 * describes itself the way a failing chain prints it ({@code run 2 × job in prod}).
 */
public final class EcsActions {
  private EcsActions() {}

  /**
   * Every action of this class.
   *
   * @return the actions
   */
  public static List<Action<EcsSystem>> all() {
    return List.of(runTask(), stopTask(), updateService(), drainInstance(), terminateInstance(), killContainer(),
        crashContainers(), advanceClock());
  }

  /**
   * RunTask: one to three tasks of a task definition family in a cluster that has container instances
   * (ECS refuses RunTask on an EC2 cluster without any).
   *
   * @return the action
   */
  public static Action<EcsSystem> runTask() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(EcsSystem system) {
        return !withInstances(system).isEmpty();
      }

      @Override
      public Arbitrary<Transformer<EcsSystem>> transformer(EcsSystem system) {
        List<String> families = system.environment().taskDefinitions().stream().map(TaskDefinition::family)
            .distinct().collect(Collectors.toList());
        return Combinators.combine(Arbitraries.of(withInstances(system)), Arbitraries.of(families),
                Arbitraries.integers().between(1, 3))
            .as((cluster, family, count) -> Transformer.mutate("run " + count + " × " + family + " in " + cluster,
                s -> s.ecs().ecs().runTask(RunTaskRequest.of(cluster, family, count))));
      }
    };
  }

  private static List<String> withInstances(EcsSystem system) {
    return system.clusters().stream().filter(c -> !system.instances(c).isEmpty()).toList();
  }

  /**
   * StopTask on a task whose desired status is RUNNING.
   *
   * @return the action
   */
  public static Action<EcsSystem> stopTask() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(EcsSystem system) {
        return !running(system).isEmpty();
      }

      @Override
      public Arbitrary<Transformer<EcsSystem>> transformer(EcsSystem system) {
        return Arbitraries.of(running(system)).map(task -> Transformer.mutate("stop task " + task.taskId(),
            s -> s.ecs().ecs().stopTask(r -> r.cluster(task.clusterArn()).task(task.taskArn())
                .reason("stopped by the action chain"))));
      }
    };
  }

  /**
   * UpdateService: a new desired count (0 to 6), or another revision of its family (a rolling deployment).
   *
   * @return the action
   */
  public static Action<EcsSystem> updateService() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(EcsSystem system) {
        return !system.environment().services().isEmpty();
      }

      @Override
      public Arbitrary<Transformer<EcsSystem>> transformer(EcsSystem system) {
        return Arbitraries.of(system.environment().services()).flatMap(service -> {
          String cluster = service.clusterOrDefault();
          String family = system.environment().taskDefinition(service.taskDefinition()).orElseThrow().family();
          int revisions = system.environment().revisions(family).size();
          Arbitrary<Transformer<EcsSystem>> scale = Arbitraries.integers().between(0, 6).map(count -> Transformer.mutate(
              "scale service " + service.serviceName() + " to " + count, s -> s.ecs().ecs().updateService(
                  UpdateServiceRequest.builder().cluster(cluster).service(service.serviceName()).desiredCount(count)
                      .build())));
          Arbitrary<Transformer<EcsSystem>> deploy = Arbitraries.integers().between(1, revisions).map(r ->
              Transformer.mutate("deploy " + family + ":" + r + " to service " + service.serviceName(),
                  s -> s.ecs().ecs().updateService(UpdateServiceRequest.builder().cluster(cluster)
                      .service(service.serviceName()).taskDefinition(family + ":" + r).build())));
          return Arbitraries.oneOf(scale, deploy);
        });
      }
    };
  }

  /**
   * Sets an ACTIVE container instance to DRAINING.
   *
   * @return the action
   */
  public static Action<EcsSystem> drainInstance() {
    return instanceAction(ContainerInstanceStatus.ACTIVE, "drain", (s, cluster, instance) -> {
      s.ecs().ecs().updateContainerInstancesState(r -> r.cluster(cluster)
          .containerInstances(instance.containerInstanceArn()).status(ContainerInstanceStatus.DRAINING));
      s.drained(instance.containerInstanceArn());
    });
  }

  /**
   * The EC2 instance behind a container instance is terminated: its tasks stop and it leaves the cluster.
   *
   * @return the action
   */
  public static Action<EcsSystem> terminateInstance() {
    return instanceAction(null, "terminate", (s, cluster, instance) ->
        s.ecs().faults().terminateInstance(r -> r.cluster(cluster).containerInstance(instance.containerInstanceArn())));
  }

  /**
   * A container of a RUNNING task is killed (exit 137), as {@code docker kill} or a crash would end it.
   *
   * @return the action
   */
  public static Action<EcsSystem> killContainer() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(EcsSystem system) {
        return !started(system).isEmpty();
      }

      @Override
      public Arbitrary<Transformer<EcsSystem>> transformer(EcsSystem system) {
        return Arbitraries.of(started(system)).flatMap(task -> Arbitraries.of(task.containers()).map(container ->
            Transformer.mutate("kill container " + container.name() + " of task " + task.taskId(),
                s -> s.ecs().faults().killContainer(r -> r.cluster(task.clusterArn()).task(task.taskArn())
                    .container(container.name())))));
      }
    };
  }

  /**
   * From now on, the containers of a family crash (exit 137) 10 to 120 seconds after they start.
   *
   * @return the action
   */
  public static Action<EcsSystem> crashContainers() {
    return (Action.Dependent<EcsSystem>) system -> {
      List<TaskDefinition> definitions = system.environment().taskDefinitions();
      return Combinators.combine(Arbitraries.of(definitions), Arbitraries.integers().between(10, 120))
          .as((td, seconds) -> Transformer.mutate("containers of " + td.family() + " crash " + seconds + "s after start",
              s -> td.containerDefinitions().forEach(c -> s.ecs().behaviour(td.family(), c.name(),
                  ContainerBehaviour.exitsAfter(Duration.ofSeconds(seconds), 137)))));
    };
  }

  /**
   * Lets one second to ten minutes pass.
   *
   * @return the action
   */
  public static Action<EcsSystem> advanceClock() {
    return (Action.Independent<EcsSystem>) () -> Arbitraries.integers().between(1, 600)
        .map(seconds -> Transformer.mutate("advance " + seconds + "s", s -> s.ecs().clock().advance(Duration.ofSeconds(seconds))));
  }

  private interface OnInstance {
    void apply(EcsSystem system, String cluster, ContainerInstance instance);
  }

  private static Action<EcsSystem> instanceAction(ContainerInstanceStatus status, String verb, OnInstance change) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(EcsSystem system) {
        return !instances(system, status).isEmpty();
      }

      @Override
      public Arbitrary<Transformer<EcsSystem>> transformer(EcsSystem system) {
        return Arbitraries.of(instances(system, status)).map(pair -> Transformer.mutate(verb + " instance "
            + pair.instance().ec2InstanceId(), s -> change.apply(s, pair.cluster(), pair.instance())));
      }
    };
  }

  private record ClusterInstance(String cluster, ContainerInstance instance) {}

  private static List<ClusterInstance> instances(EcsSystem system, ContainerInstanceStatus status) {
    return system.clusters().stream().flatMap(c -> system.instances(c).stream()
        .filter(i -> status == null || i.status() == status).map(i -> new ClusterInstance(c, i))).toList();
  }

  private static List<Task> started(EcsSystem system) {
    return running(system).stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING).toList();
  }

  private static List<Task> running(EcsSystem system) {
    return system.clusters().stream().flatMap(c -> system.runningTasks(c).stream()).toList();
  }

}
