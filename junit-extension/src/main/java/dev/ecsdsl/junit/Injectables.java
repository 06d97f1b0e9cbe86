package dev.ecsdsl.junit;

import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the extension and the jqwik hook inject, and where it comes from: the runtime (as
 * {@code EcsRuntime}, {@code InMemoryEcs} or {@code DockerEcs}), the deployed {@link Environment}, the
 * {@link EcsClock}, {@link ServiceHandle}s and {@link ClusterHandle}s chosen by {@link Service} and
 * {@link Cluster}, and an {@code EcsApiServer} in front of the runtime (for the AWS SDK or CLI; needs
 * {@code dev.ecsdsl:ecs-api-server} on the class path).
 */
public final class Injectables {
  private static final Set<Class<?>> PLAIN = Set.of(EcsClock.class, Environment.class);

  private Injectables() {}

  /**
   * Whether a field or parameter of {@code type} is for the extension to fill.
   *
   * @param type the field's or parameter's type
   * @return true when the extension fills it
   */
  public static boolean supports(Class<?> type) {
    return EcsRuntime.class.isAssignableFrom(type) || PLAIN.contains(type) || type == ServiceHandle.class
        || type == ClusterHandle.class || OptionalModule.API_SERVER.isType(type);
  }

  /** The runtime class a field or parameter of {@code type} requires, if it names one runtime. */
  static Optional<Class<?>> requiredRuntime(Class<?> type) {
    return EcsRuntime.class.isAssignableFrom(type) && type != EcsRuntime.class ? Optional.of(type) : Optional.empty();
  }

  /**
   * The value for a field or parameter of {@code type} on {@code element}, taken from {@code runtime};
   * {@code where} names it in errors.
   *
   * @param type the field's or parameter's type
   * @param element the field or parameter, for its annotations
   * @param where names the field or parameter in errors
   * @param runtime the runtime the value comes from
   * @return the value
   * @throws IllegalArgumentException saying what is wrong and what would fix it
   */
  public static Object resolve(Class<?> type, AnnotatedElement element, String where, EcsRuntime runtime) {
    if (EcsRuntime.class.isAssignableFrom(type)) {
      if (!type.isInstance(runtime)) {
        throw new IllegalArgumentException(where + " needs a " + type.getSimpleName() + " but the test runs on "
            + runtime.getClass().getSimpleName());
      }
      return runtime;
    }
    if (type == EcsClock.class) {
      return new EcsClock(runtime);
    }
    if (OptionalModule.API_SERVER.isType(type)) {
      return ApiServers.serverFor(runtime);
    }
    if (type == Environment.class) {
      return deployed(runtime, where);
    }
    if (type == ServiceHandle.class) {
      Service service = element.getAnnotation(Service.class);
      if (service == null) {
        throw new IllegalArgumentException(where + " is a ServiceHandle without @Service(\"name\"): say which service");
      }
      return service(runtime, deployed(runtime, where), service, where);
    }
    if (type == ClusterHandle.class) {
      Cluster cluster = element.getAnnotation(Cluster.class);
      if (cluster == null) {
        throw new IllegalArgumentException(where + " is a ClusterHandle without @Cluster(\"name\"): say which cluster");
      }
      return cluster(runtime, deployed(runtime, where), cluster.value(), where);
    }
    throw new IllegalArgumentException(where + ": the extension does not inject " + type.getName());
  }

  private static Environment deployed(EcsRuntime runtime, String where) {
    try {
      return runtime.environment();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(where + " needs a deployed environment, and none is: put the description"
          + " (an Environment or EnvironmentBuilder) in a field annotated @Deploy", e);
    }
  }

  private static ServiceHandle service(EcsRuntime runtime, Environment environment, Service wanted, String where) {
    List<dev.ecsdsl.model.Service> named = environment.services().stream()
        .filter(s -> s.serviceName().equals(wanted.value()))
        .filter(s -> wanted.cluster().isEmpty() || s.clusterOrDefault().equals(wanted.cluster()))
        .toList();
    if (named.isEmpty()) {
      String known = environment.services().stream()
          .map(s -> s.serviceName() + " (cluster " + s.clusterOrDefault() + ")").collect(Collectors.joining(", "));
      throw new IllegalArgumentException(where + ": environment " + environment.name() + " has no service "
          + wanted.value() + (wanted.cluster().isEmpty() ? "" : " in cluster " + wanted.cluster()) + "; its services: "
          + (known.isEmpty() ? "none" : known));
    }
    if (named.size() > 1) {
      throw new IllegalArgumentException(where + ": service " + wanted.value() + " runs in clusters "
          + named.stream().map(dev.ecsdsl.model.Service::clusterOrDefault).collect(Collectors.joining(", "))
          + "; say which with @Service(value = \"" + wanted.value() + "\", cluster = \"…\")");
    }
    return new ServiceHandle(runtime, named.get(0).clusterOrDefault(), wanted.value());
  }

  private static ClusterHandle cluster(EcsRuntime runtime, Environment environment, String name, String where) {
    if (environment.cluster(name).isEmpty()) {
      throw new IllegalArgumentException(where + ": environment " + environment.name() + " has no cluster " + name
          + "; its clusters: " + environment.clusters().stream().map(c -> c.clusterName())
          .collect(Collectors.joining(", ")));
    }
    return new ClusterHandle(runtime, name);
  }
}
