package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.model.Environment;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;

/**
 * Stateful testing of ECS with jqwik's action chains: random sequences of {@link EcsActions} against an
 * in-memory runtime, with {@link EcsInvariants} checked after every step. A building block: add actions
 * with {@code withAction}, invariants with {@code withInvariant}.
 *
 * <pre>{@code
 * @Property
 * void ecsKeepsItsRules(@ForAll("chains") ActionChain<EcsSystem> chain) {
 *   EcsInvariants.checkAll(chain).withInvariant("my rule", system -> ...).run();
 * }
 *
 * @Provide
 * Arbitrary<ActionChain<EcsSystem>> chains() {
 *   return EcsChains.chains(myEnvironment, 42).withAction(myAction);
 * }
 * }</pre>
 */
public final class EcsChains {
  /** The most steps of a chain unless told otherwise. */
  public static final int MAX_STEPS = 30;

  private EcsChains() {}

  /**
   * Chains that start each try with {@code environment} deployed on a fresh in-memory runtime of
   * {@code seed} (closed when the try ends) and take up to {@link #MAX_STEPS} steps of every
   * {@link EcsActions} action, time passing twice as often as anything else.
   *
   * @param environment the environment to deploy for each try
   * @param seed the seed of each try's runtime
   * @return the chains
   */
  public static ActionChainArbitrary<EcsSystem> chains(Environment environment, long seed) {
    ActionChainArbitrary<EcsSystem> chains = ActionChain.startWith(() -> EcsSystem.deploy(environment, seed));
    for (Action<EcsSystem> action : EcsActions.all()) {
      chains = chains.withAction(action);
    }
    return chains.withAction(EcsActions.advanceClock()).withMaxTransformations(MAX_STEPS);
  }
}
