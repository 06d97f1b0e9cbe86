package dev.ecsdsl.junit;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.SearchOption;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit Jupiter extension behind {@link EcsTest}. Register it with {@code @EcsTest}, or
 * programmatically with {@code @RegisterExtension static EcsExtension ecs = EcsExtension.with(settings)}.
 *
 * <p>Runtimes live in the {@link ExtensionContext.Store} of the class (a static {@link Deploy} field, static
 * fields or {@code @BeforeAll} parameters that need one) or of the test (anything else), which closes them
 * when the class or the test ends, whatever the outcome. Tests that each use their own runtime may run in
 * parallel; a class-level runtime is shared by the class's tests, which should then run in one thread.
 */
public final class EcsExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
    ParameterResolver, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EcsExtension.class);
  private static final String RUNTIME = "runtime";
  private static final String SETTINGS = "settings";
  private final EcsSettings given;

  /** The extension configured by the class's {@link EcsTest} annotation (the defaults without one). */
  public EcsExtension() {
    this.given = null;
  }

  private EcsExtension(EcsSettings settings) {
    this.given = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The extension with explicit settings, for {@code @RegisterExtension}; an {@code @EcsTest} annotation is then ignored.
   *
   * @param settings the settings to use
   * @return the extension
   */
  public static EcsExtension with(EcsSettings settings) {
    return new EcsExtension(settings);
  }

  /**
   * The runtime of a test or class, if one was created for it (or for an enclosing class).
   *
   * @param context the test's or class's extension context
   * @return the runtime, or empty
   */
  public static Optional<ManagedRuntime> runtimeOf(ExtensionContext context) {
    return Optional.ofNullable(context.getStore(NAMESPACE).get(RUNTIME, ManagedRuntime.class));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    EcsSettings settings = settings(context);
    return context.getTestMethod()
        .map(method -> RuntimeRequirements.forMethod(method, settings))
        .orElseGet(() -> RuntimeRequirements.forClass(context.getRequiredTestClass(), settings));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    Optional<DeployField> deploy = DeployField.of(testClass);
    if (deploy.isPresent() && deploy.get().isStatic()) {
      ManagedRuntime runtime = create(context);
      runtime.deploy(deploy.get().environment(null));
    }
    List<Field> fields = InjectedFields.staticFields(testClass);
    if (!fields.isEmpty()) {
      InjectedFields.inject(fields, null, obtain(context).runtime());
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      Optional<DeployField> deploy = DeployField.of(instance.getClass()).filter(d -> !d.isStatic());
      if (deploy.isPresent()) {
        runtimeOf(context).ifPresent(shared -> {
          throw new ExtensionConfigurationException("@Deploy field " + deploy.get().name() + " needs a runtime per test,"
              + " but the class already shares one (" + shared + ") through a static @Deploy field, a static field or"
              + " a @BeforeAll parameter; make the @Deploy field static, or inject per test only");
        });
        create(context).deploy(deploy.get().environment(instance));
      }
    }
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      List<Field> fields = InjectedFields.instanceFields(instance.getClass());
      if (!fields.isEmpty()) {
        InjectedFields.inject(fields, instance, obtain(context).runtime());
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return Injectables.supports(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String where = "parameter " + parameter.getParameter().getName() + " of "
        + parameter.getDeclaringExecutable().getName();
    try {
      return Injectables.resolve(parameter.getParameter().getType(), parameter.getParameter(), where,
          obtain(context).runtime());
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    throw withTimeline(context, throwable);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw withTimeline(context, throwable);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw withTimeline(context, throwable);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw withTimeline(context, throwable);
  }

  @Override
  public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw withTimeline(context, throwable);
  }

  /** Adds the timeline and seed of the context's runtime to a failure (not to an aborted test). */
  private static Throwable withTimeline(ExtensionContext context, Throwable throwable) {
    if (throwable instanceof TestAbortedException) {
      return throwable;
    }
    runtimeOf(context).ifPresent(managed -> {
      try {
        throwable.addSuppressed(new EcsTimelineReport(managed.runtime().getClass().getSimpleName(),
            managed.settings(), managed.runtime().events().timeline()));
      } catch (RuntimeException e) {
        throwable.addSuppressed(e);
      }
    });
    return throwable;
  }

  /** The class's settings, resolved once per class so that all its runtimes share the seed. */
  private EcsSettings settings(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(SETTINGS, k -> given != null ? given
        : EcsSettings.of(AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), EcsTest.class,
            SearchOption.INCLUDE_ENCLOSING_CLASSES)),
        EcsSettings.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  /** The runtime of the context or an enclosing one; a new one in the context's own store if none. */
  private ManagedRuntime obtain(ExtensionContext context) {
    return runtimeOf(context).orElseGet(() -> create(context));
  }

  private ManagedRuntime create(ExtensionContext context) {
    ManagedRuntime runtime = ManagedRuntime.open(settings(context));
    context.getStore(NAMESPACE).put(RUNTIME, runtime);
    context.publishReportEntry("ecs.seed", Long.toString(runtime.settings().seed()));
    return runtime;
  }
}
