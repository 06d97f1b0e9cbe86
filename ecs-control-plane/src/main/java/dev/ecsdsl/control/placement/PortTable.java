package dev.ecsdsl.control.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The host ports of one protocol on one instance: those reserved at registration and those held by
 * tasks. Dynamic host ports come from the ephemeral range 32768-60999, the Linux default
 * {@code net.ipv4.ip_local_port_range} that the ECS agent uses when {@code
 * ECS_DYNAMIC_HOST_PORT_RANGE} is not set. They are handed out round-robin, the next free port
 * after the last one given, so that a port a task just gave back is not the next one handed out.
 */
final class PortTable {
  static final int EPHEMERAL_FIRST = 32768;
  static final int EPHEMERAL_LAST = 60999;
  private static final int EPHEMERAL_SIZE = EPHEMERAL_LAST - EPHEMERAL_FIRST + 1;

  private final int[] reserved;
  private final int reservedInRange;
  /** Ports held by tasks; allocated on first use since most instances of a large cluster hold none. */
  private BitSet used;
  private int usedCount;
  private int usedInRange;
  private int nextEphemeral = EPHEMERAL_FIRST;

  PortTable(Set<Integer> reservedPorts) {
    reserved = reservedPorts.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    int inRange = 0;
    for (int port : reserved) {
      if (inEphemeralRange(port)) {
        inRange++;
      }
    }
    reservedInRange = inRange;
  }

  static boolean inEphemeralRange(int port) {
    return port >= EPHEMERAL_FIRST && port <= EPHEMERAL_LAST;
  }

  boolean isReserved(int port) {
    return Arrays.binarySearch(reserved, port) >= 0;
  }

  boolean isFree(int port) {
    return !isReserved(port) && (used == null || !used.get(port));
  }

  /** Ports of the ephemeral range that are neither reserved nor held. */
  int freeEphemeral() {
    return EPHEMERAL_SIZE - reservedInRange - usedInRange;
  }

  /** Whether a task holds this port (reserved ports do not count). */
  boolean isHeld(int port) {
    return used != null && used.get(port);
  }

  void take(int port) {
    if (used == null) {
      used = new BitSet();
    }
    used.set(port);
    usedCount++;
    if (inEphemeralRange(port)) {
      usedInRange++;
    }
  }

  void give(int port) {
    used.clear(port);
    usedCount--;
    if (inEphemeralRange(port)) {
      usedInRange--;
    }
  }

  /** Takes {@code count} free ports of the ephemeral range; the caller checked there are enough. */
  List<Integer> takeEphemeral(int count) {
    List<Integer> taken = new ArrayList<>(count);
    int port = nextEphemeral;
    while (taken.size() < count) {
      if (isFree(port)) {
        take(port);
        taken.add(port);
      }
      port = port == EPHEMERAL_LAST ? EPHEMERAL_FIRST : port + 1;
    }
    nextEphemeral = port;
    return taken;
  }

  /** Reserved and held ports, ascending. */
  List<Integer> inUse() {
    List<Integer> ports = new ArrayList<>(reserved.length + usedCount);
    int r = 0;
    int u = used == null ? -1 : used.nextSetBit(0);
    while (r < reserved.length || u >= 0) {
      if (u < 0 || (r < reserved.length && reserved[r] < u)) {
        ports.add(reserved[r++]);
      } else {
        ports.add(u);
        u = used.nextSetBit(u + 1);
      }
    }
    return ports;
  }
}
