package dev.ecsdsl.cql;

/** A compiled expression: evaluation with every argument already parsed and every pattern compiled. */
@FunctionalInterface
interface InstancePredicate {
  boolean test(InstanceView instance);
}
