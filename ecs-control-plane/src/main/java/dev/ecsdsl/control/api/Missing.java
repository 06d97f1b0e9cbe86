package dev.ecsdsl.control.api;

import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * ECS's answer to calls about several resources (DescribeTasks, DescribeServices, ...): each one found, and a
 * {@code MISSING} failure for each reference the one-resource call did not find. Errors about anything else (an
 * unknown cluster) fail the whole call, as in ECS.
 *
 * @param found the resources found, in the order asked for
 * @param failures a {@code MISSING} failure for each reference not found
 * @param <T> the resource's snapshot type
 */
record Missing<T>(List<T> found, List<Failure> failures) {

  /** The error codes that mean "this resource was not found", not "the call is wrong". */
  static Predicate<EcsException> notFoundExceptCluster() {
    return e -> !e.errorCode().equals("ClusterNotFoundException");
  }

  static <T> Missing<T> each(List<String> references, Function<String, T> describe, Predicate<EcsException> missing) {
    List<T> found = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (String reference : references) {
      try {
        found.add(describe.apply(reference));
      } catch (EcsException e) {
        if (!missing.test(e)) {
          throw e;
        }
        failures.add(Failure.builder().arn(reference).reason("MISSING").build());
      }
    }
    return new Missing<>(List.copyOf(found), List.copyOf(failures));
  }

  /**
   * ECS's limit on how many resources one call may name.
   *
   * @throws EcsException {@code InvalidParameterException} when there are none or more than {@code max}
   */
  static void requireCount(String member, List<String> references, int max) {
    if (references.isEmpty()) {
      throw EcsException.invalidParameter(member + " can not be empty.");
    }
    if (references.size() > max) {
      throw EcsException.invalidParameter(member + " can have at most " + max + " items; it has "
          + references.size() + ".");
    }
  }
}
