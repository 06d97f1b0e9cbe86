package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tags ECS puts on an EBS volume it creates. ECS API: {@code EBSTagSpecification}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEbsTagSpecification.class)
@JsonDeserialize(as = ImmutableEbsTagSpecification.class)
public interface EbsTagSpecification {
  /** {@return the tagged resource type: volume} */
  EbsResourceType resourceType();

  /** {@return the tags} */
  List<Tag> tags();

  /** {@return whether the task definition's or service's tags are copied to the volume} */
  Optional<PropagateTags> propagateTags();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EbsTagSpecification}. */
  class Builder extends ImmutableEbsTagSpecification.Builder {}
}
