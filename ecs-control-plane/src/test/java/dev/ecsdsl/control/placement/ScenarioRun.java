package dev.ecsdsl.control.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays a {@link Scenario} against a {@link ClusterPlacement} and a {@link ClusterModel} side by
 * side, calling a {@link Checks} hook around every step.
 */
final class ScenarioRun {
  /** What a property checks; every method does nothing unless overridden. */
  interface Checks {
    /** Before a placement, with the model still as it was. */
    default void beforePlace(ClusterModel model, TaskDemand demand) {}

    /** After a placement, before the model records it. */
    default void afterPlace(ClusterModel model, TaskDemand demand, PlacementDecision decision) {}

    /** After every step, once the model caught up. */
    default void afterStep(ClusterModel model, ClusterPlacement engine) {}

    /** Checks made after each placement only. */
    static Checks afterEachPlace(AfterPlace check) {
      return new Checks() {
        @Override
        public void afterPlace(ClusterModel model, TaskDemand demand, PlacementDecision decision) {
          check.afterPlace(model, demand, decision);
        }
      };
    }
  }

  /** What {@link Checks#afterEachPlace} checks. */
  @FunctionalInterface
  interface AfterPlace {
    void afterPlace(ClusterModel model, TaskDemand demand, PlacementDecision decision);
  }

  final ClusterPlacement engine = new ClusterPlacement();
  final ClusterModel model = new ClusterModel();
  final List<Allocation> live = new ArrayList<>();
  final List<PlacementDecision> decisions = new ArrayList<>();
  private final Scenario scenario;
  private final List<InstanceSpec> specs;

  ScenarioRun(Scenario scenario, boolean shortcuts) {
    this.scenario = scenario;
    this.specs = scenario.specs();
    engine.useIndexShortcuts(shortcuts);
    for (InstanceSpec spec : specs) {
      engine.register(spec);
      model.register(spec);
    }
  }

  ScenarioRun run(Checks checks) {
    SplittableRandom random = new SplittableRandom(scenario.seed());
    for (Scenario.Op op : scenario.ops()) {
      if (op instanceof Scenario.Place place) {
        TaskDemand demand = scenario.demands().get(place.demand() % scenario.demands().size());
        checks.beforePlace(model, demand);
        PlacementDecision decision = engine.place(demand, random);
        decisions.add(decision);
        checks.afterPlace(model, demand, decision);
        decision.allocation().ifPresent(allocation -> {
          model.placed(allocation);
          live.add(allocation);
        });
      } else if (op instanceof Scenario.Release release) {
        if (!live.isEmpty()) {
          Allocation allocation = live.remove(release.which() % live.size());
          engine.release(allocation);
          model.released(allocation);
        }
      } else if (op instanceof Scenario.Drain drain) {
        String arn = arn(drain.machine());
        if (model.node(arn) != null) {
          engine.setDraining(arn, drain.draining());
          model.node(arn).draining = drain.draining();
        }
      } else if (op instanceof Scenario.Agent agent) {
        String arn = arn(agent.machine());
        if (model.node(arn) != null) {
          engine.setAgentConnected(arn, agent.connected());
          model.node(arn).agentConnected = agent.connected();
        }
      } else if (op instanceof Scenario.Deregister deregister) {
        String arn = arn(deregister.machine());
        if (model.node(arn) != null) {
          engine.deregister(arn);
          model.deregister(arn);
        }
      }
      checks.afterStep(model, engine);
    }
    return this;
  }

  private String arn(int machine) {
    return specs.get(machine % specs.size()).containerInstanceArn();
  }
}
