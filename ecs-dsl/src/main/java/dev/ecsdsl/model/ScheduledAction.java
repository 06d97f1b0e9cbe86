package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A scheduled change of min/max capacity (Application Auto Scaling {@code ScheduledAction}). */
@Value.Immutable
@JsonSerialize(as = ImmutableScheduledAction.class)
@JsonDeserialize(as = ImmutableScheduledAction.class)
public interface ScheduledAction {
  /** {@return the action name} */
  String scheduledActionName();

  /** {@return {@code at(yyyy-mm-ddThh:mm:ss)}, {@code rate(value unit)} or {@code cron(fields)}} */
  String schedule();

  /** {@return the new minimum capacity} */
  Optional<Integer> minCapacity();

  /** {@return the new maximum capacity} */
  Optional<Integer> maxCapacity();

  /** {@return the IANA time zone of cron/at expressions; UTC when unset} */
  Optional<String> timezone();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ScheduledAction}. */
  class Builder extends ImmutableScheduledAction.Builder {}
}
