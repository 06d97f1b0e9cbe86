package dev.ecsdsl.control.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The treap behind binpack and spread, against a sorted list: after any sequence of changes its
 * searches, counts and ranks agree. Values are tiny so that ties and exact fits are the rule.
 */
class ResourceIndexProperties {

  /** Sets one instance's remaining CPU, memory, ENIs, group tasks and status. */
  record Change(int instance, int cpu, int memory, int enis, int tasks, boolean schedulable) {}

  /** A search: in which bucket, from which value, needing at least this much. */
  record Query(int bucket, int from, int minCpu, int minMemory, int minEnis) {}

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 4);
    return Combinators.combine(
            Arbitraries.integers().between(0, 29), small, small, Arbitraries.integers().between(0, 2), small,
            Arbitraries.of(true, true, true, false))
        .as(Change::new)
        .list().ofMaxSize(80);
  }

  @Provide
  Arbitrary<List<Query>> queries() {
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 5);
    return Combinators.combine(Arbitraries.integers().between(0, 3), small, small, small, Arbitraries.integers().between(0, 2))
        .as(Query::new)
        .list().ofMinSize(1).ofMaxSize(10);
  }

  @Provide
  Arbitrary<IndexOrder> orders() {
    return Arbitraries.of(
        new IndexOrder.Remaining(Resource.MEMORY), new IndexOrder.Remaining(Resource.CPU), new IndexOrder.GroupCount("g"));
  }

  @Property(tries = 1000)
  void searchesCountsAndRanksAgreeWithASortedList(
      @ForAll("orders") IndexOrder order,
      @ForAll boolean split,
      @ForAll("changes") List<Change> changes,
      @ForAll("queries") List<Query> queries) {
    List<InstanceState> instances = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      instances.add(new InstanceState(spec(i), i));
    }
    AttributeBuckets zones = split ? new AttributeBuckets("zone", instances) : null;
    ResourceIndex index = new ResourceIndex(order, zones, List.of());
    instances.forEach(index::refresh);
    for (Change change : changes) {
      InstanceState instance = instances.get(change.instance());
      instance.remainingCpu = change.cpu();
      instance.remainingMemory = change.memory();
      instance.remainingEnis = change.enis();
      while (instance.groupCount("g") < change.tasks()) {
        instance.addTask("g");
      }
      while (instance.groupCount("g") > change.tasks()) {
        instance.removeTask("g");
      }
      instance.draining = !change.schedulable();
      index.refresh(instance);
    }

    for (Query query : queries) {
      int bucket = split ? query.bucket() : 0; // bucket 0 of a split holds the instances without the attribute
      List<InstanceState> members = instances.stream()
          .filter(InstanceState::schedulable)
          .filter(i -> !split || zones.bucketOf(i.slot()) == bucket)
          .sorted(Comparator.comparingLong(i -> ResourceIndex.key(order.valueOf(i), i.slot())))
          .toList();
      long from = ResourceIndex.firstKey(query.from());
      int expected = members.stream()
          .filter(i -> ResourceIndex.key(order.valueOf(i), i.slot()) >= from)
          .filter(i -> i.remainingCpu >= query.minCpu() && i.remainingMemory >= query.minMemory()
              && i.remainingEnis >= query.minEnis())
          .mapToInt(InstanceState::slot)
          .findFirst()
          .orElse(ResourceIndex.NIL);
      assertThat(index.firstFit(bucket, from, query.minCpu(), query.minMemory(), query.minEnis()))
          .as("firstFit %s", query).isEqualTo(expected);
      assertThat(index.size(bucket)).isEqualTo(members.size());
      assertThat(index.isEmpty(bucket)).isEqualTo(members.isEmpty());
      assertThat(index.countBelow(bucket, from))
          .isEqualTo((int) members.stream().filter(i -> ResourceIndex.key(order.valueOf(i), i.slot()) < from).count());
      for (int rank = 0; rank < members.size(); rank++) {
        assertThat(index.atRank(bucket, rank)).as("rank %d", rank).isEqualTo(members.get(rank).slot());
      }
    }
  }

  private static InstanceSpec spec(int i) {
    Map<String, String> attributes = i % 4 == 3 ? Map.of() : Map.of("zone", "z" + (i % 4));
    return new InstanceSpec("arn:" + i, "i-" + i, 4, 4, 2, Set.of(), Set.of(), attributes, "1.0.0", Instant.EPOCH);
  }
}
