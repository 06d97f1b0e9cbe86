package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A placement constraint. On a service or RunTask: {@code distinctInstance} or {@code memberOf}; in a task
 * definition only {@code memberOf}. ECS API: {@code PlacementConstraint} / {@code TaskDefinitionPlacementConstraint}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlacementConstraint.class)
@JsonDeserialize(as = ImmutablePlacementConstraint.class)
public interface PlacementConstraint {
  /** {@return the kind of constraint} */
  PlacementConstraintType type();

  /**
   * {@return the Cluster Query Language expression; required for memberOf, not allowed for distinctInstance}
   */
  Optional<String> expression();

  /** {@return a constraint that places each task of the group on a different instance} */
  static PlacementConstraint distinctInstance() {
    return builder().type(PlacementConstraintType.DISTINCT_INSTANCE).build();
  }

  /**
   * {@return only instances matching a Cluster Query Language expression}
   *
   * @param expression a Cluster Query Language expression
   */
  static PlacementConstraint memberOf(String expression) {
    return builder().type(PlacementConstraintType.MEMBER_OF).expression(expression).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PlacementConstraint}. */
  class Builder extends ImmutablePlacementConstraint.Builder {}
}
