package dev.ecsdsl.control.ids;

import java.util.random.RandomGenerator;

/** Identifiers in AWS's formats, drawn from the runtime's seeded generator so that runs repeat. */
public final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final RandomGenerator random;

  /**
   * Ids drawn from {@code random}, in the order they are asked for.
   *
   * @param random the seeded generator
   */
  public Ids(RandomGenerator random) {
    this.random = random;
  }

  /** {@return a task or container instance id: 32 hex characters} */
  public String ecsId() {
    return hex(32);
  }

  /** {@return {@code i-} and 17 hex characters} */
  public String ec2InstanceId() {
    return "i-" + hex(17);
  }

  /** {@return {@code eni-} and 17 hex characters} */
  public String networkInterfaceId() {
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
