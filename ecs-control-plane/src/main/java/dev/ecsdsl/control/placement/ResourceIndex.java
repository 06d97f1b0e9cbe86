package dev.ecsdsl.control.placement;

import java.util.Arrays;
import java.util.List;

/**
 * The schedulable instances that pass some fixed {@code memberOf} expressions, ordered by an
 * {@link IndexOrder} (what is left of a resource, or how many tasks of a group they run), optionally
 * split into the buckets of an attribute (one tree per Availability Zone, say). This is what makes
 * {@code binpack} and {@code spread} fast: the best instance that fits is the first one at or above
 * the lowest value that can fit, found without looking at the others.
 *
 * <p>Each bucket is a treap keyed by {@code (value, slot)}; a node is an instance's slot, so the
 * nodes live in flat arrays and an update allocates nothing. Every node also keeps the maximum, over
 * its subtree, of remaining CPU, remaining memory and free task ENIs, so that a search skips whole
 * subtrees that cannot fit the task (instances with memory left but no CPU, say), and the subtree
 * size, so that the k-th instance of a key range is found in logarithmic time for the random
 * tie-break. Node priorities are a hash of the slot: the shape of a tree is then a function of its
 * contents, and no answer depends on the shape anyway, only on the key order.
 */
final class ResourceIndex {
  static final int NIL = -1;
  private static final long ABSENT = -1L;

  private final IndexOrder order;
  private final AttributeBuckets partition;
  private final List<MemberOf> filters;

  private long[] key = new long[0];
  private int[] left = new int[0];
  private int[] right = new int[0];
  private int[] size = new int[0];
  private int[] cpu = new int[0];
  private int[] memory = new int[0];
  private int[] enis = new int[0];
  private int[] maxCpu = new int[0];
  private int[] maxMemory = new int[0];
  private int[] maxEnis = new int[0];
  private int[] bucketOfNode = new int[0];
  private int[] roots = {NIL};

  private int splitLeft;
  private int splitRight;

  /** When the index was last asked for, in placements; see {@link InstanceRegistry#index}. */
  long lastUsed;

  /**
   * @param partition the buckets to split by, or {@code null} for one tree
   * @param filters static {@code memberOf} expressions every member satisfies
   */
  ResourceIndex(IndexOrder order, AttributeBuckets partition, List<MemberOf> filters) {
    this.order = order;
    this.partition = partition;
    this.filters = List.copyOf(filters);
  }

  IndexOrder order() {
    return order;
  }

  AttributeBuckets partition() {
    return partition;
  }

  static long key(int value, int slot) {
    return ((long) value << 32) | slot;
  }

  static int valueOf(long key) {
    return (int) (key >>> 32);
  }

  static long firstKey(int value) {
    return (long) value << 32;
  }

  static long lastKey(int value) {
    return ((long) value << 32) | 0xFFFF_FFFFL;
  }

  long keyOf(int node) {
    return key[node];
  }

  int rootCount() {
    return roots.length;
  }

  boolean isEmpty(int bucket) {
    return bucket >= roots.length || roots[bucket] == NIL;
  }

  /** Brings an instance's entry up to date: in or out, and at the right place. */
  void refresh(InstanceState instance) {
    int slot = instance.slot();
    boolean belongs = instance.schedulable() && passesFilters(instance);
    boolean present = slot < key.length && key[slot] != ABSENT;
    if (present) {
      int bucket = bucketOfNode[slot];
      long newKey = key(order.valueOf(instance), slot);
      if (belongs && newKey == key[slot]) {
        cpu[slot] = instance.remainingCpu;
        memory[slot] = instance.remainingMemory;
        enis[slot] = instance.remainingEnis;
        roots[bucket] = repull(roots[bucket], slot);
        return;
      }
      roots[bucket] = remove(roots[bucket], slot);
      key[slot] = ABSENT;
    }
    if (belongs) {
      insert(instance);
    }
  }

  /** Takes an instance out, e.g. when it deregisters. */
  void forget(InstanceState instance) {
    int slot = instance.slot();
    if (slot < key.length && key[slot] != ABSENT) {
      int bucket = bucketOfNode[slot];
      roots[bucket] = remove(roots[bucket], slot);
      key[slot] = ABSENT;
    }
  }

  private boolean passesFilters(InstanceState instance) {
    for (MemberOf filter : filters) {
      if (!filter.matches(instance)) {
        return false;
      }
    }
    return true;
  }

  private void insert(InstanceState instance) {
    int slot = instance.slot();
    ensureCapacity(slot + 1);
    int bucket = partition == null ? 0 : partition.bucketOf(slot);
    if (bucket >= roots.length) {
      int old = roots.length;
      roots = Arrays.copyOf(roots, Math.max(bucket + 1, old * 2));
      Arrays.fill(roots, old, roots.length, NIL);
    }
    key[slot] = key(order.valueOf(instance), slot);
    cpu[slot] = instance.remainingCpu;
    memory[slot] = instance.remainingMemory;
    enis[slot] = instance.remainingEnis;
    left[slot] = NIL;
    right[slot] = NIL;
    bucketOfNode[slot] = bucket;
    pull(slot);
    roots[bucket] = insert(roots[bucket], slot);
  }

  private void ensureCapacity(int capacity) {
    if (capacity <= key.length) {
      return;
    }
    int old = key.length;
    int n = Math.max(capacity, Math.max(16, old * 2));
    key = Arrays.copyOf(key, n);
    Arrays.fill(key, old, n, ABSENT);
    left = Arrays.copyOf(left, n);
    right = Arrays.copyOf(right, n);
    size = Arrays.copyOf(size, n);
    cpu = Arrays.copyOf(cpu, n);
    memory = Arrays.copyOf(memory, n);
    enis = Arrays.copyOf(enis, n);
    maxCpu = Arrays.copyOf(maxCpu, n);
    maxMemory = Arrays.copyOf(maxMemory, n);
    maxEnis = Arrays.copyOf(maxEnis, n);
    bucketOfNode = Arrays.copyOf(bucketOfNode, n);
  }

  /**
   * The member of the bucket with the smallest key at or above {@code from} that has at least the
   * given CPU, memory and free task ENIs left, or {@link #NIL}.
   */
  int firstFit(int bucket, long from, int minCpu, int minMemory, int minEnis) {
    return bucket < roots.length ? firstFitIn(roots[bucket], from, minCpu, minMemory, minEnis) : NIL;
  }

  private int firstFitIn(int t, long from, int minCpu, int minMemory, int minEnis) {
    if (t == NIL || maxCpu[t] < minCpu || maxMemory[t] < minMemory || maxEnis[t] < minEnis) {
      return NIL;
    }
    if (key[t] < from) {
      return firstFitIn(right[t], from, minCpu, minMemory, minEnis);
    }
    int found = firstFitIn(left[t], from, minCpu, minMemory, minEnis);
    if (found != NIL) {
      return found;
    }
    if (cpu[t] >= minCpu && memory[t] >= minMemory && enis[t] >= minEnis) {
      return t;
    }
    return firstFitIn(right[t], from, minCpu, minMemory, minEnis);
  }

  /** How many members the bucket has. */
  int size(int bucket) {
    return bucket < roots.length ? sizeOf(roots[bucket]) : 0;
  }

  /** How many members of the bucket have a key below {@code bound}. */
  int countBelow(int bucket, long bound) {
    int t = bucket < roots.length ? roots[bucket] : NIL;
    int count = 0;
    while (t != NIL) {
      if (key[t] < bound) {
        count += sizeOf(left[t]) + 1;
        t = right[t];
      } else {
        t = left[t];
      }
    }
    return count;
  }

  /** The member of the bucket with the given 0-based rank in key order. */
  int atRank(int bucket, int rank) {
    int t = roots[bucket];
    while (true) {
      int leftSize = sizeOf(left[t]);
      if (rank < leftSize) {
        t = left[t];
      } else if (rank == leftSize) {
        return t;
      } else {
        rank -= leftSize + 1;
        t = right[t];
      }
    }
  }

  private int sizeOf(int t) {
    return t == NIL ? 0 : size[t];
  }

  private void pull(int t) {
    int l = left[t];
    int r = right[t];
    int s = 1;
    int mc = cpu[t];
    int mm = memory[t];
    int me = enis[t];
    if (l != NIL) {
      s += size[l];
      mc = Math.max(mc, maxCpu[l]);
      mm = Math.max(mm, maxMemory[l]);
      me = Math.max(me, maxEnis[l]);
    }
    if (r != NIL) {
      s += size[r];
      mc = Math.max(mc, maxCpu[r]);
      mm = Math.max(mm, maxMemory[r]);
      me = Math.max(me, maxEnis[r]);
    }
    size[t] = s;
    maxCpu[t] = mc;
    maxMemory[t] = mm;
    maxEnis[t] = me;
  }

  private static int priority(int slot) {
    int h = slot * 0x9E3779B9;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }

  private int insert(int t, int node) {
    if (t == NIL) {
      return node;
    }
    if (priority(node) > priority(t)) {
      split(t, key[node]);
      left[node] = splitLeft;
      right[node] = splitRight;
      pull(node);
      return node;
    }
    if (key[node] < key[t]) {
      left[t] = insert(left[t], node);
    } else {
      right[t] = insert(right[t], node);
    }
    pull(t);
    return t;
  }

  /** Splits {@code t} into {@link #splitLeft} (keys below {@code k}) and {@link #splitRight}. */
  private void split(int t, long k) {
    if (t == NIL) {
      splitLeft = NIL;
      splitRight = NIL;
    } else if (key[t] < k) {
      split(right[t], k);
      right[t] = splitLeft;
      pull(t);
      splitLeft = t;
    } else {
      split(left[t], k);
      left[t] = splitRight;
      pull(t);
      splitRight = t;
    }
  }

  private int remove(int t, int node) {
    if (t == node) {
      return merge(left[node], right[node]);
    }
    if (key[node] < key[t]) {
      left[t] = remove(left[t], node);
    } else {
      right[t] = remove(right[t], node);
    }
    pull(t);
    return t;
  }

  /** Every key of {@code a} is below every key of {@code b}. */
  private int merge(int a, int b) {
    if (a == NIL) {
      return b;
    }
    if (b == NIL) {
      return a;
    }
    if (priority(a) > priority(b)) {
      right[a] = merge(right[a], b);
      pull(a);
      return a;
    }
    left[b] = merge(a, left[b]);
    pull(b);
    return b;
  }

  /** Recomputes the subtree maxima on the path to a node whose key did not change. */
  private int repull(int t, int node) {
    if (t != node) {
      if (key[node] < key[t]) {
        repull(left[t], node);
      } else {
        repull(right[t], node);
      }
    }
    pull(t);
    return t;
  }
}
