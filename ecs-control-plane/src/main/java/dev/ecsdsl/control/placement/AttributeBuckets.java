package dev.ecsdsl.control.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Instances grouped by the value of one attribute (e.g. {@code ecs.availability-zone}), each value a
 * numbered bucket, and for each task group how many of its tasks run in each bucket: what {@code
 * spread} on {@code attribute:<name>} ranks by. Instances without the attribute share bucket 0, a
 * bucket of their own that is spread over like any value. Counts include every registered
 * instance, DRAINING or disconnected too, since their tasks still run there.
 */
final class AttributeBuckets {
  static final int MISSING = 0;

  private final String attribute;
  private final Map<String, Integer> bucketByValue = new HashMap<>();
  private final List<String> values = new ArrayList<>();
  private int[] bucketBySlot = new int[16];
  private final Map<String, int[]> countsByGroup = new HashMap<>();
  private final Iterable<InstanceState> registered;

  AttributeBuckets(String attribute, Iterable<InstanceState> registered) {
    this.attribute = attribute;
    this.registered = registered;
    values.add(null);
    for (InstanceState instance : registered) {
      add(instance);
    }
  }

  String attribute() {
    return attribute;
  }

  void add(InstanceState instance) {
    String value = instance.attribute(attribute).orElse(null);
    int bucket = MISSING;
    if (value != null) {
      Integer known = bucketByValue.get(value);
      if (known == null) {
        known = values.size();
        values.add(value);
        bucketByValue.put(value, known);
      }
      bucket = known;
    }
    int slot = instance.slot();
    if (slot >= bucketBySlot.length) {
      bucketBySlot = Arrays.copyOf(bucketBySlot, Math.max(slot + 1, bucketBySlot.length * 2));
    }
    bucketBySlot[slot] = bucket;
    for (Map.Entry<String, int[]> entry : countsByGroup.entrySet()) {
      int count = instance.groupCount(entry.getKey());
      if (count > 0) {
        grow(entry)[bucket] += count;
      }
    }
  }

  /** Forgets the tasks of a deregistered instance. */
  void remove(InstanceState instance) {
    int bucket = bucketOf(instance.slot());
    for (Map.Entry<String, int[]> group : instance.groupCounts().entrySet()) {
      int[] counts = countsByGroup.get(group.getKey());
      if (counts != null) {
        counts[bucket] -= group.getValue()[0];
      }
    }
  }

  int bucketOf(int slot) {
    return bucketBySlot[slot];
  }

  int bucketCount() {
    return values.size();
  }

  /** The attribute value of a bucket; {@code null} for instances without the attribute. */
  String value(int bucket) {
    return values.get(bucket);
  }

  /** The bucket of a value, or -1 if no instance ever had it. */
  int bucketOfValue(String value) {
    Integer bucket = bucketByValue.get(value);
    return bucket == null ? -1 : bucket;
  }

  /** Tasks of the group per bucket, indexed by bucket, at least {@link #bucketCount()} long. */
  int[] counts(String group) {
    int[] counts = countsByGroup.get(group);
    if (counts == null) {
      counts = new int[values.size()];
      for (InstanceState instance : registered) {
        counts[bucketOf(instance.slot())] += instance.groupCount(group);
      }
      countsByGroup.put(group, counts);
    } else if (counts.length < values.size()) {
      counts = Arrays.copyOf(counts, values.size());
      countsByGroup.put(group, counts);
    }
    return counts;
  }

  void taskAdded(InstanceState instance, String group) {
    change(instance, group, 1);
  }

  void taskRemoved(InstanceState instance, String group) {
    change(instance, group, -1);
  }

  private void change(InstanceState instance, String group, int delta) {
    int[] counts = countsByGroup.get(group);
    if (counts != null) {
      int bucket = bucketOf(instance.slot());
      if (bucket >= counts.length) {
        counts = counts(group);
      }
      counts[bucket] += delta;
    }
  }

  private int[] grow(Map.Entry<String, int[]> entry) {
    int[] counts = entry.getValue();
    if (counts.length < values.size()) {
      counts = Arrays.copyOf(counts, values.size());
      entry.setValue(counts);
    }
    return counts;
  }
}
