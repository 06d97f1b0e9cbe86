package dev.ecsdsl.model;

import java.util.Optional;

/** An IPv4 CIDR block, e.g. {@code 10.0.1.0/24}. */
public record Cidr(long base, int prefix) {

  /**
   * Parses {@code a.b.c.d/n}; empty when malformed.
   *
   * @param text e.g. {@code 10.0.0.0/16}
   * @return the block; empty when the text is not one
   */
  public static Optional<Cidr> parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String[] octets = text.substring(0, slash).split("\\.", -1);
    if (octets.length != 4) {
      return Optional.empty();
    }
    try {
      long base = 0;
      for (String o : octets) {
        int v = Integer.parseInt(o);
        if (v < 0 || v > 255 || o.isEmpty() || o.length() > 3) {
          return Optional.empty();
        }
        base = (base << 8) | v;
      }
      int prefix = Integer.parseInt(text.substring(slash + 1));
      if (prefix < 0 || prefix > 32) {
        return Optional.empty();
      }
      return Optional.of(new Cidr(base, prefix));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@return the number of addresses in the block} */
  public int size() {
    return (int) Math.min(Integer.MAX_VALUE, 1L << (32 - prefix));
  }

  /** {@return the first address of the block (the base with host bits cleared)} */
  public long network() {
    return prefix == 0 ? 0 : base & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  /**
   * Whether every address of {@code other} lies in this block.
   *
   * @param other the other block
   * @return whether {@code other} lies wholly in this block
   */
  public boolean contains(Cidr other) {
    return other.prefix >= prefix && (other.network() & mask()) == network();
  }

  /**
   * {@return whether the two blocks share an address}
   *
   * @param other the other block
   */
  public boolean overlaps(Cidr other) {
    return contains(other) || other.contains(this);
  }

  /**
   * {@return the n-th address of the block as dotted text}
   *
   * @param n offset from the block's first address (0 is the network address)
   */
  public String address(long n) {
    long a = network() + n;
    return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
  }

  private long mask() {
    return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  @Override
  public String toString() {
    return address(0) + "/" + prefix;
  }
}
