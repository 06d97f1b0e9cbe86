package dev.ecsdsl.examples.tour;

import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drives time forward for the tour's scenario and keeps what it needs to tell the story: the phases, and
 * the watched services sampled at least every {@code sampleEvery} while time passes.
 */
public final class TourRecorder {
  private final EcsRuntime ecs;
  private final List<ServiceRef> watched;
  private final Duration sampleEvery;
  private final List<Phase> phases = new ArrayList<>();
  private final List<ServiceSample> samples = new ArrayList<>();
  private Instant start;
  private Instant lastSample;
  private String phaseName;
  private String phaseSummary;
  private Instant phaseStart;
  private int phaseFirstEvent;

  /**
   * A recorder of {@code watched} services on {@code ecs}.
   *
   * @param ecs the runtime the tour runs on
   * @param watched the services to sample
   * @param sampleEvery the longest time between two samples
   */
  public TourRecorder(EcsRuntime ecs, List<ServiceRef> watched, Duration sampleEvery) {
    this.ecs = ecs;
    this.watched = List.copyOf(watched);
    this.sampleEvery = sampleEvery;
  }

  /**
   * The runtime the tour runs on.
   *
   * @return the runtime
   */
  public EcsRuntime runtime() {
    return ecs;
  }

  /**
   * Ends the current phase, if any, and begins the next (before the first deploy, too).
   *
   * @param name the phase's name, e.g. {@code rollout}
   * @param summary one line on what the phase shows
   */
  public void phase(String name, String summary) {
    endPhase();
    Instant now = ecs.clock().now();
    if (start == null) {
      start = now;
    }
    phaseName = name;
    phaseSummary = summary;
    phaseStart = now;
    phaseFirstEvent = ecs.events().size();
  }

  /**
   * Samples now, then lets {@code duration} pass in sampling steps.
   *
   * @param duration how long to let pass
   */
  public void pass(Duration duration) {
    sample(true);
    Instant until = ecs.clock().now().plus(duration);
    while (ecs.clock().now().isBefore(until)) {
      Duration left = Duration.between(ecs.clock().now(), until);
      ecs.clock().advance(left.compareTo(sampleEvery) < 0 ? left : sampleEvery);
      sample(false);
    }
  }

  /**
   * Samples now, then lets time pass until the service is steady.
   *
   * @param cluster the cluster's name
   * @param service the service's name
   * @param timeout the most time to let pass
   * @throws IllegalStateException when it is not steady within {@code timeout}, saying where it stood
   */
  public void awaitSteady(String cluster, String service, Duration timeout) {
    sample(true);
    try {
      ecs.await("service " + service + " of cluster " + cluster + " to be steady", r -> {
        sample(false);
        return describe(cluster, service).isSteady();
      }).atMost(timeout);
    } catch (WaitTimeoutException notSteady) {
      ServiceDescription s = describe(cluster, service);
      throw new IllegalStateException("service " + service + " was not steady after " + timeout + " (desired "
          + s.desiredCount() + ", running " + s.runningCount() + ", pending " + s.pendingCount() + "; latest event: "
          + s.latestEvent().map(e -> e.message()).orElse("none") + ")", notSteady);
    } finally {
      sample(true);
    }
  }

  private ServiceDescription describe(String cluster, String service) {
    return ecs.ecs().describeServices(r -> r.cluster(cluster).services(service)).service();
  }

  /**
   * Ends the last phase and gathers the recording, with the placement as it is now.
   *
   * @param runtime the runtime, {@code inmemory} or {@code docker}
   * @param seed the runtime's seed
   * @param scaling the scaling curve of the service with auto scaling, if the tour has one
   * @return the recording
   */
  public TourRecording finish(String runtime, long seed, Optional<ScalingData> scaling) {
    endPhase();
    if (start == null) {
      throw new IllegalStateException("the tour recorded no phase");
    }
    return new TourRecording(runtime, seed, ecs.environment().name(), start, ecs.clock().now(), List.copyOf(phases),
        List.copyOf(ecs.events()), List.copyOf(samples), Placement.of(ecs), scaling);
  }

  private void endPhase() {
    if (phaseName == null) {
      return;
    }
    sample(true);
    phases.add(new Phase(phaseName, phaseSummary, phaseStart, ecs.clock().now(), phaseFirstEvent, ecs.events().size()));
    phaseName = null;
  }

  private void sample(boolean always) {
    Instant now = ecs.clock().now();
    if (!always && lastSample != null && Duration.between(lastSample, now).compareTo(sampleEvery) < 0) {
      return;
    }
    // calls between samples (UpdateService, a fault) change what the last sample at this instant saw
    while (!samples.isEmpty() && samples.get(samples.size() - 1).at().equals(now)) {
      samples.remove(samples.size() - 1);
    }
    lastSample = now;
    for (ServiceRef ref : watched) {
      samples.add(ServiceSample.of(now, ref, describe(ref.cluster(), ref.service())));
    }
  }
}
