package dev.ecsdsl.junit;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Whether a test can run on the runtime of its suite: the Docker runtime needs an engine (skipped without
 * one, outside CI, when {@link EcsTest#disabledWithoutDocker()}); a test that injects {@code InMemoryEcs}
 * (to script containers, say) needs the in-memory runtime, and one that injects {@code DockerEcs} needs
 * Docker. Such tests are skipped, saying why, when the suite runs on the other one.
 */
final class RuntimeRequirements {
  private RuntimeRequirements() {}

  static ConditionEvaluationResult forClass(Class<?> testClass, EcsSettings settings) {
    if (settings.kind() == RuntimeKind.DOCKER) {
      OptionalModule.DOCKER.require("the Docker runtime (" + testClass.getSimpleName() + " runs on DOCKER: -D"
          + RuntimeKind.PROPERTY + " or @EcsTest(runtime))");
    }
    ConditionEvaluationResult runtime = runtimeFor(testClass, settings);
    if (runtime.isDisabled() || settings.kind() != RuntimeKind.DOCKER) {
      return runtime;
    }
    if (settings.disabledWithoutDocker() && !ci()) {
      Optional<String> reason = DockerSupport.unavailableReason();
      if (reason.isPresent()) {
        return ConditionEvaluationResult.disabled("the Docker runtime needs a Docker engine: " + reason.get());
      }
    }
    return imagesOfStaticDescription(testClass, settings).orElse(runtime);
  }

  /**
   * A class whose static description uses images the engine lacks is skipped as a whole, so that reports
   * show its tests as skipped and why (an instance description is checked before each test instead).
   */
  private static Optional<ConditionEvaluationResult> imagesOfStaticDescription(Class<?> testClass,
      EcsSettings settings) {
    if (settings.pullImages()) {
      return Optional.empty();
    }
    Optional<DeployField> deploy = DeployField.of(testClass).filter(DeployField::isStatic);
    if (deploy.isEmpty()) {
      return Optional.empty();
    }
    return DockerSupport.missingImages(deploy.get().environment(null)).map(ConditionEvaluationResult::disabled);
  }

  private static ConditionEvaluationResult runtimeFor(Class<?> testClass, EcsSettings settings) {
    List<String> places = new ArrayList<>();
    ReflectionSupport.findFields(testClass, f -> true, HierarchyTraversalMode.TOP_DOWN)
        .forEach(f -> mismatch(f.getType(), settings).ifPresent(t -> places.add(describe(f, t))));
    Stream.of(testClass.getDeclaredConstructors()).forEach(c -> parameters(c, settings, places));
    for (Class<? extends java.lang.annotation.Annotation> lifecycle
        : List.of(BeforeAll.class, BeforeEach.class, AfterEach.class, AfterAll.class)) {
      AnnotationSupport.findAnnotatedMethods(testClass, lifecycle, HierarchyTraversalMode.TOP_DOWN)
          .forEach(m -> parameters(m, settings, places));
    }
    return verdict(places, settings);
  }

  static ConditionEvaluationResult forMethod(Method method, EcsSettings settings) {
    List<String> places = new ArrayList<>();
    parameters(method, settings, places);
    return verdict(places, settings);
  }

  private static void parameters(Executable executable, EcsSettings settings, List<String> places) {
    for (Parameter p : executable.getParameters()) {
      mismatch(p.getType(), settings).ifPresent(t -> places.add(t.getSimpleName() + " into parameter " + p.getName()
          + " of " + executable.getName()));
    }
  }

  private static Optional<Class<?>> mismatch(Class<?> type, EcsSettings settings) {
    return Injectables.requiredRuntime(type).filter(required -> !required.isAssignableFrom(runtimeClass(settings)));
  }

  private static Class<?> runtimeClass(EcsSettings settings) {
    return settings.kind() == RuntimeKind.DOCKER ? DockerSupport.runtimeClass() : dev.ecsdsl.inmemory.InMemoryEcs.class;
  }

  private static String describe(Field field, Class<?> type) {
    return type.getSimpleName() + " into field " + field.getName();
  }

  private static ConditionEvaluationResult verdict(List<String> places, EcsSettings settings) {
    if (places.isEmpty()) {
      return ConditionEvaluationResult.enabled("runs on " + settings.kind());
    }
    String needed = places.get(0).startsWith("InMemoryEcs") ? "the in-memory runtime" : "the Docker runtime";
    return ConditionEvaluationResult.disabled("needs " + needed + " (injects " + String.join(", ", places)
        + ") and runs on " + settings.kind() + " (-D" + RuntimeKind.PROPERTY + " or @EcsTest(runtime))");
  }

  private static boolean ci() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank();
  }
}
