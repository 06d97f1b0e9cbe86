package dev.ecsdsl.control.placement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registered instances of one cluster and the indexes kept over them: a dense list of the
 * schedulable ones (for random picks), attribute buckets with per-group task counts (for spread), and
 * resource indexes (for binpack). Every change to an instance goes through here so that the indexes
 * follow.
 */
final class InstanceRegistry {
  /** Indexes kept up to date at once: each one costs every reservation and release an update. */
  static final int MAX_INDEXES = 32;
  /**
   * Placements an index must go unused before a new one may replace it. Building an index costs
   * about as much as a few thousand placements, so with more than {@link #MAX_INDEXES} kinds of
   * demand in turn, the rarer ones take the plain scan instead of evicting each other.
   */
  static final long IDLE_BEFORE_EVICTION = 10_000;

  private InstanceState[] bySlot = new InstanceState[16];
  private int slots;
  private final Map<String, InstanceState> byArn = new LinkedHashMap<>();
  private int[] schedulable = new int[16];
  private int schedulableCount;
  private int[] positionInSchedulable = new int[16];
  private final Map<String, AttributeBuckets> buckets = new HashMap<>();
  /** In access order, least recently used first. */
  private final Map<IndexKey, ResourceIndex> indexes = new LinkedHashMap<>(16, 0.75f, true);
  private long placements;

  /** What identifies an index: its order, the attribute it is split by, its memberOf filters. */
  record IndexKey(IndexOrder order, String partitionAttribute, List<String> filters) {}

  /** Registered instances in registration order. */
  Iterable<InstanceState> registered() {
    return byArn.values();
  }

  int registeredCount() {
    return byArn.size();
  }

  InstanceState get(String arn) {
    return byArn.get(arn);
  }

  InstanceState require(String arn) {
    InstanceState instance = byArn.get(arn);
    if (instance == null) {
      throw new IllegalArgumentException("no container instance " + arn + " is registered in this cluster");
    }
    return instance;
  }

  List<String> arns() {
    return List.copyOf(byArn.keySet());
  }

  InstanceState add(InstanceSpec spec) {
    if (byArn.containsKey(spec.containerInstanceArn())) {
      throw new IllegalArgumentException("container instance " + spec.containerInstanceArn() + " is already registered");
    }
    int slot = slots++;
    if (slot == bySlot.length) {
      bySlot = Arrays.copyOf(bySlot, slot * 2);
      positionInSchedulable = Arrays.copyOf(positionInSchedulable, slot * 2);
    }
    InstanceState instance = new InstanceState(spec, slot);
    bySlot[slot] = instance;
    byArn.put(spec.containerInstanceArn(), instance);
    for (AttributeBuckets partition : buckets.values()) {
      partition.add(instance);
    }
    statusChanged(instance);
    return instance;
  }

  void remove(InstanceState instance) {
    byArn.remove(instance.spec().containerInstanceArn());
    bySlot[instance.slot()] = null;
    instance.registered = false;
    for (AttributeBuckets partition : buckets.values()) {
      partition.remove(instance);
    }
    for (ResourceIndex index : indexes.values()) {
      index.forget(instance);
    }
    updateSchedulable(instance);
  }

  /**
   * An instance's attributes changed: it moves to its new attribute buckets, and the resource indexes,
   * whose static memberOf filters may now answer otherwise for it, are rebuilt on next use.
   */
  void attributesChanged(InstanceState instance, Map<String, String> attributes) {
    for (AttributeBuckets partition : buckets.values()) {
      partition.remove(instance);
    }
    instance.replaceAttributes(attributes);
    for (AttributeBuckets partition : buckets.values()) {
      partition.add(instance);
    }
    indexes.clear();
  }

  /** After DRAINING or the agent connection changed. */
  void statusChanged(InstanceState instance) {
    updateSchedulable(instance);
    resourcesChanged(instance);
  }

  void resourcesChanged(InstanceState instance) {
    for (ResourceIndex index : indexes.values()) {
      index.refresh(instance);
    }
  }

  void taskAdded(InstanceState instance, String group) {
    for (AttributeBuckets partition : buckets.values()) {
      partition.taskAdded(instance, group);
    }
  }

  void taskRemoved(InstanceState instance, String group) {
    for (AttributeBuckets partition : buckets.values()) {
      partition.taskRemoved(instance, group);
    }
  }

  private void updateSchedulable(InstanceState instance) {
    int slot = instance.slot();
    boolean listed = positionInSchedulable[slot] > 0;
    if (instance.schedulable() && !listed) {
      if (schedulableCount == schedulable.length) {
        schedulable = Arrays.copyOf(schedulable, schedulableCount * 2);
      }
      schedulable[schedulableCount++] = slot;
      positionInSchedulable[slot] = schedulableCount; // 1-based, 0 = not listed
    } else if (!instance.schedulable() && listed) {
      int position = positionInSchedulable[slot] - 1;
      int last = schedulable[--schedulableCount];
      schedulable[position] = last;
      positionInSchedulable[last] = position + 1;
      positionInSchedulable[slot] = 0;
    }
  }

  int schedulableCount() {
    return schedulableCount;
  }

  InstanceState schedulableAt(int position) {
    return bySlot[schedulable[position]];
  }

  InstanceState atSlot(int slot) {
    return bySlot[slot];
  }

  /** The buckets of an attribute, built on first use and kept up to date from then on. */
  AttributeBuckets buckets(String attribute) {
    return buckets.computeIfAbsent(attribute, name -> new AttributeBuckets(name, byArn.values()));
  }

  /** Counts placements, the clock of index eviction. */
  void placementStarted() {
    placements++;
  }

  /**
   * The index with this order, split by an attribute (or not) and holding only the instances that
   * satisfy the demand's static memberOf expressions; built on first use and kept up to date from
   * then on. {@code null} when {@link #MAX_INDEXES} indexes exist and all of them are in use.
   */
  ResourceIndex index(IndexOrder order, String partitionAttribute, CompiledDemand demand) {
    IndexKey key = new IndexKey(order, partitionAttribute, demand.staticFilterKey());
    ResourceIndex index = indexes.get(key);
    if (index == null) {
      if (indexes.size() >= MAX_INDEXES) {
        Map.Entry<IndexKey, ResourceIndex> eldest = indexes.entrySet().iterator().next();
        if (placements - eldest.getValue().lastUsed < IDLE_BEFORE_EVICTION) {
          return null;
        }
        indexes.remove(eldest.getKey());
      }
      index = new ResourceIndex(
          order, partitionAttribute == null ? null : buckets(partitionAttribute), demand.staticMemberOf);
      for (InstanceState instance : byArn.values()) {
        index.refresh(instance);
      }
      indexes.put(key, index);
    }
    index.lastUsed = placements;
    return index;
  }

  int indexCount() {
    return indexes.size();
  }
}
