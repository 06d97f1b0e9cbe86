package dev.ecsdsl.control.placement;

import dev.ecsdsl.model.Cidr;
import dev.ecsdsl.model.Subnet;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The private IPv4 addresses of a VPC's subnets that ENIs take. AWS reserves the first four addresses
 * and the last one of every subnet; the others go to ENIs, lowest free first.
 */
public final class SubnetAddresses {
  private static final int RESERVED_AT_START = 4;
  private final Map<String, Pool> pools = new LinkedHashMap<>();

  /** No subnet yet. */
  public SubnetAddresses() {}

  /**
   * Adds a subnet of the VPC, every usable address free.
   *
   * @param subnet the subnet
   */
  public void add(Subnet subnet) {
    Cidr cidr = Cidr.parse(subnet.cidrBlock())
        .orElseThrow(() -> new IllegalArgumentException("bad CIDR block of " + subnet.subnetId()));
    pools.put(subnet.subnetId(), new Pool(cidr));
  }

  /**
   * {@return free addresses left in the subnet (none while it is blocked)}
   *
   * @param subnetId the subnet's id
   */
  public int free(String subnetId) {
    Pool pool = pool(subnetId);
    return pool.blocked ? 0 : pool.usable() - pool.taken.cardinality();
  }

  /**
   * {@return the lowest free address, now taken; empty when the subnet is full or blocked}
   *
   * @param subnetId the subnet's id
   */
  public Optional<String> take(String subnetId) {
    Pool pool = pool(subnetId);
    int index = pool.taken.nextClearBit(0);
    if (pool.blocked || index >= pool.usable()) {
      return Optional.empty();
    }
    pool.taken.set(index);
    String address = pool.cidr.address(RESERVED_AT_START + index);
    pool.indexOf.put(address, index);
    return Optional.of(address);
  }

  /**
   * Gives an address back.
   *
   * @param subnetId the subnet's id
   * @param address the address
   */
  public void release(String subnetId, String address) {
    Pool pool = pool(subnetId);
    Integer index = pool.indexOf.remove(address);
    if (index != null) {
      pool.taken.clear(index);
    }
  }

  /**
   * Takes every free address, as other ENIs in the subnet (Lambda functions, other teams' tasks) would;
   * returns how many it took. {@link #releaseHeld} gives them back.
   *
   * @param subnetId the subnet's id
   * @return how many addresses it took
   */
  public int exhaust(String subnetId) {
    Pool pool = pool(subnetId);
    int count = 0;
    for (int index = pool.taken.nextClearBit(0); index < pool.usable(); index = pool.taken.nextClearBit(index)) {
      pool.taken.set(index);
      pool.held.set(index);
      count++;
    }
    return count;
  }

  /**
   * Gives back the addresses {@link #exhaust} took.
   *
   * @param subnetId the subnet's id
   * @return how many it gave back
   */
  public int releaseHeld(String subnetId) {
    Pool pool = pool(subnetId);
    int count = pool.held.cardinality();
    pool.taken.andNot(pool.held);
    pool.held.clear();
    return count;
  }

  /**
   * Blocks or unblocks the subnet: while blocked (its zone is lost) no ENI can be created in it.
   *
   * @param subnetId the subnet's id
   * @param blocked whether it is blocked from now on
   */
  public void blocked(String subnetId, boolean blocked) {
    pool(subnetId).blocked = blocked;
  }

  private Pool pool(String subnetId) {
    Pool pool = pools.get(subnetId);
    if (pool == null) {
      throw new IllegalArgumentException("unknown subnet " + subnetId);
    }
    return pool;
  }

  private static final class Pool {
    final Cidr cidr;
    final BitSet taken = new BitSet();
    final BitSet held = new BitSet();
    boolean blocked;
    final Map<String, Integer> indexOf = new HashMap<>();

    Pool(Cidr cidr) {
      this.cidr = cidr;
    }

    int usable() {
      return Math.max(0, cidr.size() - RESERVED_AT_START - 1);
    }
  }
}
