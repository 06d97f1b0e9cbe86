package dev.ecsdsl.api;

import dev.ecsdsl.runtime.EcsRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtimes behind the endpoint, by region. Either one runtime, given by the caller, which serves its
 * environment's region only (a call signed for another region is refused, as AWS refuses it); or a runtime per
 * region, made the first time a caller names the region and closed with the endpoint ({@code bin/ecs-dsl serve}).
 * A given runtime with nothing deployed gets an empty environment in the region of the first call (the default
 * region when that call is not signed).
 */
final class Regions implements AutoCloseable {
  /** The most regions served at once (AWS has fewer in its commercial partition). */
  static final int MAX_REGIONS = 40;
  private static final Logger LOG = LoggerFactory.getLogger(Regions.class);
  private final String defaultRegion;
  private final Function<String, EcsRuntime> factory;
  private final EcsRuntime single;
  private final Map<String, RegionalRuntime> byRegion = new LinkedHashMap<>();

  private Regions(String defaultRegion, Function<String, EcsRuntime> factory, EcsRuntime single) {
    this.defaultRegion = defaultRegion;
    this.factory = factory;
    this.single = single;
  }

  /** One runtime, in its environment's region. */
  static Regions of(EcsRuntime runtime) {
    Regions regions = new Regions(deployedRegion(runtime).orElse("us-east-1"), null, runtime);
    deployedRegion(runtime).ifPresent(region -> regions.byRegion.put(region, new RegionalRuntime(runtime, false)));
    return regions;
  }

  /** A runtime per region, each made by {@code factory} on first use, with an environment of that region. */
  static Regions perRegion(String defaultRegion, Function<String, EcsRuntime> factory) {
    return new Regions(defaultRegion, factory, null);
  }

  /** The region of unsigned calls. */
  String defaultRegion() {
    return defaultRegion;
  }

  /** The runtime of the region a call names, or of the default region; made when it is the first call there. */
  synchronized RegionalRuntime forRegion(Optional<String> region) {
    String wanted = region.orElse(defaultRegion);
    RegionalRuntime served = byRegion.get(wanted);
    if (served != null) {
      return served;
    }
    if (single != null) {
      if (!byRegion.isEmpty()) {
        String only = byRegion.keySet().iterator().next();
        throw new ApiException("InvalidSignatureException", "Credential should be scoped to a valid region, not "
            + Messages.quote(wanted) + ": this endpoint serves " + only + " (the region of its environment).", 403);
      }
      single.deploy(dev.ecsdsl.Ecs.environment("ecs-api").region(wanted).build());
      served = new RegionalRuntime(single, false);
    } else {
      if (byRegion.size() >= MAX_REGIONS) {
        throw ApiException.client("This endpoint serves at most " + MAX_REGIONS + " regions at once.");
      }
      EcsRuntime made = factory.apply(wanted);
      served = new RegionalRuntime(made, true);
    }
    byRegion.put(wanted, served);
    return served;
  }

  /** The default region's runtime (made if need be). */
  RegionalRuntime defaultRuntime() {
    return forRegion(Optional.empty());
  }

  /** Every runtime made so far. */
  synchronized List<RegionalRuntime> all() {
    return new ArrayList<>(byRegion.values());
  }

  /** Closes the runtimes this endpoint made, once their calls in flight have returned. */
  @Override
  public void close() {
    for (RegionalRuntime served : all()) {
      served.quiesce();
      if (served.owned()) {
        try {
          served.runtime().close();
        } catch (RuntimeException e) {
          LOG.warn("closing the runtime of {} failed: {}", served.region(), dev.ecsdsl.runtime.LogText.escape(e));
        }
      }
    }
  }

  private static Optional<String> deployedRegion(EcsRuntime runtime) {
    try {
      return Optional.of(runtime.environment().region());
    } catch (IllegalStateException nothingDeployed) {
      return Optional.empty();
    }
  }
}
