package dev.ecsdsl.inmemory.control;

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
final class SubnetAddresses {
  private static final int RESERVED_AT_START = 4;
  private final Map<String, Pool> pools = new LinkedHashMap<>();

  void add(Subnet subnet) {
    Cidr cidr = Cidr.parse(subnet.cidrBlock())
        .orElseThrow(() -> new IllegalArgumentException("bad CIDR block of " + subnet.subnetId()));
    pools.put(subnet.subnetId(), new Pool(cidr));
  }

  /** Free addresses left in the subnet. */
  int free(String subnetId) {
    Pool pool = pool(subnetId);
    return pool.usable() - pool.taken.cardinality();
  }

  /** Takes the lowest free address; empty when the subnet is full. */
  Optional<String> take(String subnetId) {
    Pool pool = pool(subnetId);
    int index = pool.taken.nextClearBit(0);
    if (index >= pool.usable()) {
      return Optional.empty();
    }
    pool.taken.set(index);
    String address = pool.cidr.address(RESERVED_AT_START + index);
    pool.indexOf.put(address, index);
    return Optional.of(address);
  }

  /** Gives an address back. */
  void release(String subnetId, String address) {
    Pool pool = pool(subnetId);
    Integer index = pool.indexOf.remove(address);
    if (index != null) {
      pool.taken.clear(index);
    }
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
    final Map<String, Integer> indexOf = new HashMap<>();

    Pool(Cidr cidr) {
      this.cidr = cidr;
    }

    int usable() {
      return Math.max(0, cidr.size() - RESERVED_AT_START - 1);
    }
  }
}
