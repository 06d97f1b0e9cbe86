package dev.ecsdsl.control;

import java.util.random.RandomGenerator;

/** Identifiers in AWS's formats, drawn from the runtime's seeded generator so that runs repeat. */
final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final RandomGenerator random;

  Ids(RandomGenerator random) {
    this.random = random;
  }

  /** A task or container instance id: 32 hex characters. */
  String ecsId() {
    return hex(32);
  }

  /** {@code i-} and 17 hex characters. */
  String ec2InstanceId() {
    return "i-" + hex(17);
  }

  /** {@code eni-} and 17 hex characters. */
  String networkInterfaceId() {
    return "eni-" + hex(17);
  }

  private String hex(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = HEX[random.nextInt(16)];
    }
    return new String(out);
  }
}
