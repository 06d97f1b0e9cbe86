package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/** The elastic network interface of an awsvpc task. ECS API: {@code Attachment} of type {@code ElasticNetworkInterface}. */
@Value.Immutable
public interface Attachment {
  /** {@return the network interface id, {@code eni-…}} */
  String networkInterfaceId();

  /** {@return the subnet it is in} */
  String subnetId();

  /** {@return its private IPv4 address, taken from the subnet} */
  String privateIPv4Address();

  /** {@return PRECREATED, ATTACHING, ATTACHED, DETACHING, DELETED} */
  AttachmentStatus status();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Attachment}. */
  class Builder extends ImmutableAttachment.Builder {}
}
