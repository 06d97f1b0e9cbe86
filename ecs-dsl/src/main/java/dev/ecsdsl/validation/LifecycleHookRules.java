package dev.ecsdsl.validation;

import dev.ecsdsl.iam.Decision;
import dev.ecsdsl.iam.PolicyEvaluator;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentLifecycleHook;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentLifecycleHookTargetType;
import dev.ecsdsl.model.DeploymentLifecycleHookTimeoutConfiguration;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules about a service's deployment lifecycle hooks: a Lambda hook names a Lambda function and a role ECS can
 * invoke it with, every hook has stages (pause hooks not at the stages ECS also runs during a rollback), timeouts
 * stay in range, and hooks only run in BLUE_GREEN, LINEAR and CANARY deployments.
 */
final class LifecycleHookRules {
  private LifecycleHookRules() {}

  private static final String HOOK = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHook.html";
  private static final String HOOKS_GUIDE =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-lifecycle-hooks.html";
  /** A Lambda function ARN, unqualified or with a version or alias. */
  private static final Pattern LAMBDA_ARN = Pattern.compile(
      "arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]{1,64}(:(\\$LATEST|[A-Za-z0-9_-]{1,128}))?");

  /**
   * Doc: hookTargetArn — "For AWS_LAMBDA hooks, this is the Lambda function ARN ... You must provide this
   * parameter when configuring an AWS_LAMBDA lifecycle hook"; "Currently, only Lambda function ARNs are supported."
   */
  static final Rule TARGET = Rule.error("lifecycle-hook-target",
      "A Lambda lifecycle hook's hookTargetArn is a Lambda function ARN", HOOK);

  /** Doc: hookTargetArn and hookDetails are "not applicable for PAUSE hooks" / "not used for PAUSE hooks". */
  static final Rule PAUSE_TARGET = Rule.warning("pause-hook-target-unused",
      "A PAUSE hook takes no hookTargetArn, roleArn or hookDetails", HOOK);

  /** Doc: lifecycleStages — "You must provide this parameter when configuring a deployment lifecycle hook." */
  static final Rule STAGES = Rule.error("lifecycle-hook-stages-required",
      "A lifecycle hook names at least one lifecycle stage", HOOK);

  /**
   * Doc: "Pause hooks cannot be configured at TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT because these stages
   * are also invoked during rollback."
   */
  static final Rule PAUSE_STAGE = Rule.error("pause-hook-stage",
      "A PAUSE hook cannot run at TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT", HOOKS_GUIDE);

  /** A stage listed twice in one hook runs it once: the second entry is a slip. */
  static final Rule DUPLICATE_STAGE = Rule.warning("lifecycle-hook-duplicate-stage",
      "A lifecycle hook lists each stage once", HOOK);

  /**
   * Doc: timeoutInMinutes — "Valid Range: Minimum value of 1. Maximum value of 20160"; for Lambda hooks the
   * developer guide gives 1 to 1,440 (lambda-lifecycle-hooks.html).
   */
  static final Rule TIMEOUT = Rule.error("lifecycle-hook-timeout-range",
      "A hook's timeoutInMinutes is 1–1440 for Lambda hooks and 1–20160 for PAUSE hooks",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHookTimeoutConfiguration.html");

  /**
   * Doc: roleArn is "the IAM role that grants Amazon ECS permission to call Lambda functions on your behalf"; the
   * role needs lambda:InvokeFunction and must trust ecs.amazonaws.com.
   */
  static final Rule ROLE = Rule.warning("lifecycle-hook-role",
      "A Lambda hook names a role that allows ECS to invoke its function",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-permissions.html");

  /** Doc: lifecycle stages are those of blue/green, linear and canary deployments; a rolling update has none. */
  static final Rule ROLLING = Rule.warning("lifecycle-hooks-without-traffic-shift",
      "Lifecycle hooks run in BLUE_GREEN, LINEAR and CANARY deployments only",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-how-it-works.html");

  static final List<Rule> RULES = List.of(TARGET, PAUSE_TARGET, STAGES, PAUSE_STAGE, DUPLICATE_STAGE, TIMEOUT, ROLE,
      ROLLING);

  /** Checks the hooks of the service's deployment configuration. */
  static void check(ServiceScope s, Findings f) {
    Optional<DeploymentConfiguration> dc = s.service().deploymentConfiguration();
    if (dc.isEmpty() || dc.get().lifecycleHooks().isEmpty()) {
      return;
    }
    ProblemPath path = s.path().then("deploymentConfiguration");
    if (!dc.get().strategyOrDefault().shiftsTraffic()) {
      f.add(ROLLING, path.then("lifecycleHooks"),
          "the service has " + Words.count(dc.get().lifecycleHooks().size(), "lifecycle hook", "lifecycle hooks")
              + " but deploys ROLLING, which has no lifecycle stages: the hooks never run",
          "set strategy BLUE_GREEN, LINEAR or CANARY, or remove lifecycleHooks");
    }
    List<DeploymentLifecycleHook> hooks = dc.get().lifecycleHooks();
    for (int i = 0; i < hooks.size(); i++) {
      hook(hooks.get(i), path.then("lifecycleHooks", i), s.env(), f);
    }
  }

  private static void hook(DeploymentLifecycleHook hook, ProblemPath at, Optional<Environment> env, Findings f) {
    boolean pause = hook.targetTypeOrDefault() == DeploymentLifecycleHookTargetType.PAUSE;
    if (pause) {
      Map<String, Boolean> unused = new LinkedHashMap<>();
      unused.put("hookTargetArn", hook.hookTargetArn().isPresent());
      unused.put("roleArn", hook.roleArn().isPresent());
      unused.put("hookDetails", hook.hookDetails().isPresent());
      unused.forEach((member, set) -> {
        if (set) {
          f.add(PAUSE_TARGET, at.then(member), "a PAUSE hook does not use " + member + "; ECS waits for"
              + " ContinueServiceDeployment instead of invoking a function", "remove " + member
              + ", or make the hook an AWS_LAMBDA hook");
        }
      });
    } else {
      lambda(hook, at, env, f);
    }
    stages(hook, pause, at, f);
    hook.timeoutConfiguration().flatMap(DeploymentLifecycleHookTimeoutConfiguration::timeoutInMinutes)
        .ifPresent(minutes -> {
          int max = pause ? 20_160 : 1_440;
          if (minutes < 1 || minutes > max) {
            f.add(TIMEOUT, at.then("timeoutConfiguration").then("timeoutInMinutes"),
                "timeoutInMinutes " + minutes + " is outside 1–" + max + " for a " + (pause ? "PAUSE" : "Lambda")
                    + " hook",
                "set timeoutInMinutes between 1 and " + max + (pause ? " (14 days)" : " (24 hours)"));
          }
        });
  }

  private static void lambda(DeploymentLifecycleHook hook, ProblemPath at, Optional<Environment> env, Findings f) {
    if (hook.hookTargetArn().isEmpty()) {
      f.add(TARGET, at.then("hookTargetArn"), "the Lambda hook has no hookTargetArn: ECS has no function to invoke",
          "set hookTargetArn to the ARN of the Lambda function, e.g."
              + " arn:aws:lambda:us-west-2:123456789012:function:my-hook");
    } else if (!LAMBDA_ARN.matcher(hook.hookTargetArn().get()).matches()) {
      f.add(TARGET, at.then("hookTargetArn"), "hookTargetArn " + hook.hookTargetArn().get()
              + " is not a Lambda function ARN; ECS hooks can only invoke Lambda functions",
          "give the function's ARN: arn:aws:lambda:<region>:<account>:function:<name>");
    }
    if (hook.roleArn().isEmpty()) {
      f.add(ROLE, at.then("roleArn"), "the Lambda hook has no roleArn: ECS invokes hook functions with a role"
              + " that allows lambda:InvokeFunction and trusts ecs.amazonaws.com",
          "set roleArn to such a role");
      return;
    }
    if (env.isEmpty()) {
      return;
    }
    String roleRef = hook.roleArn().get();
    IamRules.role(env.get(), roleRef, at.then("roleArn"), "lifecycle hook role", IamRole.ECS, IamRules.ECS_ROLE_TRUST,
        f);
    Optional<IamRole> role = env.get().role(roleRef);
    String function = hook.hookTargetArn().orElse("");
    if (role.isEmpty() || !LAMBDA_ARN.matcher(function).matches()) {
      return;
    }
    Decision decision = PolicyEvaluator.evaluate(role.get(), "lambda:InvokeFunction", function);
    if (!decision.allowed() && decision.certain()) {
      f.add(ROLE, at.then("roleArn"), "role " + role.get().roleName() + " does not allow lambda:InvokeFunction on "
              + function + " (" + decision.denialReason("lambda:InvokeFunction") + "), so ECS cannot invoke the hook",
          "allow lambda:InvokeFunction on the function in role " + role.get().roleName());
    }
  }

  private static void stages(DeploymentLifecycleHook hook, boolean pause, ProblemPath at, Findings f) {
    List<DeploymentLifecycleHookStage> stages = hook.lifecycleStages();
    if (stages.isEmpty()) {
      f.add(STAGES, at.then("lifecycleStages"), "the hook names no lifecycle stage, so it never runs",
          "list the stages it runs at, e.g. [\"POST_TEST_TRAFFIC_SHIFT\"]");
    }
    Set<DeploymentLifecycleHookStage> seen = EnumSet.noneOf(DeploymentLifecycleHookStage.class);
    for (int i = 0; i < stages.size(); i++) {
      DeploymentLifecycleHookStage stage = stages.get(i);
      if (!seen.add(stage)) {
        f.add(DUPLICATE_STAGE, at.then("lifecycleStages", i), "stage " + stage + " is listed twice",
            "list " + stage + " once");
      }
      if (pause && !stage.allowsPauseHooks()) {
        f.add(PAUSE_STAGE, at.then("lifecycleStages", i), "a PAUSE hook cannot run at " + stage
                + ": ECS also runs that stage during a rollback, which a pause would hold up",
            "use a Lambda hook at " + stage + ", or pause at " + (stage == DeploymentLifecycleHookStage.TEST_TRAFFIC_SHIFT
                ? "POST_TEST_TRAFFIC_SHIFT" : "PRE_PRODUCTION_TRAFFIC_SHIFT") + " instead");
      }
    }
  }
}
