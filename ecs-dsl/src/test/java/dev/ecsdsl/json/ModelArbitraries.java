package dev.ecsdsl.json;

import dev.ecsdsl.model.AdvancedConfiguration;
import dev.ecsdsl.model.ApplicationProtocol;
import dev.ecsdsl.model.AwsVpcConfiguration;
import dev.ecsdsl.model.CanaryConfiguration;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.ContainerCondition;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.ContainerDependency;
import dev.ecsdsl.model.ContainerRestartPolicy;
import dev.ecsdsl.model.CpuArchitecture;
import dev.ecsdsl.model.DeploymentAlarms;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentController;
import dev.ecsdsl.model.DeploymentLifecycleHook;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentLifecycleHookTargetType;
import dev.ecsdsl.model.DeploymentLifecycleHookTimeoutAction;
import dev.ecsdsl.model.DeploymentLifecycleHookTimeoutConfiguration;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.DockerVolumeConfiguration;
import dev.ecsdsl.model.EfsAuthorizationConfig;
import dev.ecsdsl.model.EfsVolumeConfiguration;
import dev.ecsdsl.model.EnvironmentFile;
import dev.ecsdsl.model.EphemeralStorage;
import dev.ecsdsl.model.FirelensConfiguration;
import dev.ecsdsl.model.FsxLustreVolumeConfiguration;
import dev.ecsdsl.model.FsxWindowsFileServerAuthorizationConfig;
import dev.ecsdsl.model.FsxWindowsFileServerVolumeConfiguration;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.HookDetails;
import dev.ecsdsl.model.HostVolumeProperties;
import dev.ecsdsl.model.ImmutableNetworkConfiguration;
import dev.ecsdsl.model.KernelCapabilities;
import dev.ecsdsl.model.KeyValuePair;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.LinearConfiguration;
import dev.ecsdsl.model.LinuxParameters;
import dev.ecsdsl.model.LogConfiguration;
import dev.ecsdsl.model.MountPoint;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.OsFamily;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementConstraintType;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.PlacementStrategyType;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.RepositoryCredentials;
import dev.ecsdsl.model.RuntimePlatform;
import dev.ecsdsl.model.S3VolumeConfiguration;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Secret;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.ThresholdConfiguration;
import dev.ecsdsl.model.ThresholdType;
import dev.ecsdsl.model.TransportProtocol;
import dev.ecsdsl.model.Ulimit;
import dev.ecsdsl.model.Volume;
import dev.ecsdsl.model.VolumeFrom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of task definitions and services that set every member of the model's ECS JSON subtrees
 * (checked by {@link ArbitraryCoverageTest}). Built from jqwik combinators and small sizes, so that a
 * failing example shrinks to the one member that breaks: lists to empty, optionals to absent, strings to "".
 * Strings mix ASCII, JSON's special characters, control characters, accented, Greek, Cyrillic, Hebrew, CJK
 * and emoji (supplementary code points, never lone surrogates).
 */
final class ModelArbitraries {
  private static final double PRESENT = 0.6;

  private ModelArbitraries() {}

  /** Any text, "" included. */
  static Arbitrary<String> text() {
    Arbitrary<String> ascii = Arbitraries.chars().range(' ', '~').map(String::valueOf);
    Arbitrary<String> special = Arbitraries.of("\"", "\\", "/", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001f",
        "\u007f", "\u2028", "\u2029", "\ufeff", "</script>", "${x}", " ");
    Arbitrary<String> letters = Arbitraries.chars().range('\u00a0', '\u05ff').map(String::valueOf);
    Arbitrary<String> cjk = Arbitraries.chars().range('\u4e00', '\u9fff').map(String::valueOf);
    Arbitrary<String> emoji = Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(10, ascii), Tuple.of(2, special), Tuple.of(2, letters), Tuple.of(1, cjk), Tuple.of(1, emoji));
    return piece.list().ofMaxSize(6).map(pieces -> String.join("", pieces));
  }

  private static <T> Arbitrary<Optional<T>> opt(Arbitrary<T> value) {
    return value.optional(PRESENT);
  }

  private static <T> Arbitrary<List<T>> few(Arbitrary<T> element) {
    return element.list().ofMaxSize(2);
  }

  private static Arbitrary<Map<String, String>> stringMap() {
    return Arbitraries.maps(text(), text()).ofMaxSize(3);
  }

  private static Arbitrary<Integer> ints() {
    return Arbitraries.integers();
  }

  private static Arbitrary<Boolean> bools() {
    return Arbitraries.of(true, false);
  }

  // ---------------------------------------------------------------- task definitions

  /** Task definitions with every member of the subtree in play. */
  static Arbitrary<TaskDefinition> taskDefinitions() {
    return Builders.withBuilder(TaskDefinition::builder)
        .use(text()).in((b, v) -> b.family(v))
        .use(opt(text())).in((b, v) -> b.taskRoleArn(v))
        .use(opt(text())).in((b, v) -> b.executionRoleArn(v))
        .use(opt(Arbitraries.of(NetworkMode.class))).in((b, v) -> b.networkMode(v))
        .use(containers().list().ofMaxSize(3)).in((b, v) -> b.containerDefinitions(v))
        .use(few(volumes())).in((b, v) -> b.volumes(v))
        .use(few(placementConstraints())).in((b, v) -> b.placementConstraints(v))
        .use(Arbitraries.of(Compatibility.class).list().ofMaxSize(3)).in((b, v) -> b.requiresCompatibilities(v))
        .use(opt(text())).in((b, v) -> b.cpu(v))
        .use(opt(text())).in((b, v) -> b.memory(v))
        .use(opt(text())).in((b, v) -> b.pidMode(v))
        .use(opt(text())).in((b, v) -> b.ipcMode(v))
        .use(opt(runtimePlatforms())).in((b, v) -> b.runtimePlatform(v))
        .use(opt(ints().map(size -> (EphemeralStorage) EphemeralStorage.builder().sizeInGiB(size).build())))
        .in((b, v) -> b.ephemeralStorage(v))
        .use(few(tags())).in((b, v) -> b.tags(v))
        .build(b -> b.build());
  }

  static Arbitrary<ContainerDefinition> containers() {
    return Builders.withBuilder(ContainerDefinition::builder)
        .use(text()).in((b, v) -> b.name(v))
        .use(text()).in((b, v) -> b.image(v))
        .use(opt(text().map(p -> (RepositoryCredentials) RepositoryCredentials.builder().credentialsParameter(p).build())))
        .in((b, v) -> b.repositoryCredentials(v))
        .use(opt(ints())).in((b, v) -> b.cpu(v))
        .use(opt(ints())).in((b, v) -> b.memory(v))
        .use(opt(ints())).in((b, v) -> b.memoryReservation(v))
        .use(few(text())).in((b, v) -> b.links(v))
        .use(few(portMappings())).in((b, v) -> b.portMappings(v))
        .use(opt(bools())).in((b, v) -> b.essential(v))
        .use(opt(restartPolicies())).in((b, v) -> b.restartPolicy(v))
        .use(few(text())).in((b, v) -> b.entryPoint(v))
        .use(few(text())).in((b, v) -> b.command(v))
        .use(few(keyValuePairs())).in((b, v) -> b.environment(v))
        .use(few(environmentFiles())).in((b, v) -> b.environmentFiles(v))
        .use(few(mountPoints())).in((b, v) -> b.mountPoints(v))
        .use(few(volumesFrom())).in((b, v) -> b.volumesFrom(v))
        .use(opt(linuxParameters())).in((b, v) -> b.linuxParameters(v))
        .use(few(secrets())).in((b, v) -> b.secrets(v))
        .use(few(dependencies())).in((b, v) -> b.dependsOn(v))
        .use(opt(ints())).in((b, v) -> b.startTimeout(v))
        .use(opt(ints())).in((b, v) -> b.stopTimeout(v))
        .use(opt(text())).in((b, v) -> b.hostname(v))
        .use(opt(text())).in((b, v) -> b.user(v))
        .use(opt(text())).in((b, v) -> b.workingDirectory(v))
        .use(opt(bools())).in((b, v) -> b.disableNetworking(v))
        .use(opt(bools())).in((b, v) -> b.privileged(v))
        .use(opt(bools())).in((b, v) -> b.readonlyRootFilesystem(v))
        .use(few(text())).in((b, v) -> b.dnsServers(v))
        .use(stringMap()).in((b, v) -> b.dockerLabels(v))
        .use(few(ulimits())).in((b, v) -> b.ulimits(v))
        .use(opt(logConfigurations())).in((b, v) -> b.logConfiguration(v))
        .use(opt(healthChecks())).in((b, v) -> b.healthCheck(v))
        .use(opt(firelensConfigurations())).in((b, v) -> b.firelensConfiguration(v))
        .use(opt(bools())).in((b, v) -> b.interactive(v))
        .use(opt(bools())).in((b, v) -> b.pseudoTerminal(v))
        .build(b -> b.build());
  }

  static Arbitrary<ContainerRestartPolicy> restartPolicies() {
    return Combinators.combine(bools(), few(ints()), opt(ints()))
        .as((enabled, codes, period) -> (ContainerRestartPolicy) ContainerRestartPolicy.builder()
            .enabled(enabled).ignoredExitCodes(codes).restartAttemptPeriod(period).build());
  }

  static Arbitrary<FirelensConfiguration> firelensConfigurations() {
    return Combinators.combine(text(), stringMap())
        .as((type, options) -> (FirelensConfiguration) FirelensConfiguration.builder()
            .type(type).options(options).build());
  }

  static Arbitrary<PortMapping> portMappings() {
    return Builders.withBuilder(PortMapping::builder)
        .use(opt(ints())).in((b, v) -> b.containerPort(v))
        .use(opt(ints())).in((b, v) -> b.hostPort(v))
        .use(opt(Arbitraries.of(TransportProtocol.class))).in((b, v) -> b.protocol(v))
        .use(opt(text())).in((b, v) -> b.name(v))
        .use(opt(Arbitraries.of(ApplicationProtocol.class))).in((b, v) -> b.appProtocol(v))
        .use(opt(text())).in((b, v) -> b.containerPortRange(v))
        .build(b -> b.build());
  }

  /** Environment entries; the value is "" often, as it must survive a round trip. */
  static Arbitrary<KeyValuePair> keyValuePairs() {
    Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.just(""), text());
    return Combinators.combine(text(), values).as(KeyValuePair::of);
  }

  static Arbitrary<EnvironmentFile> environmentFiles() {
    return Combinators.combine(text(), text())
        .as((value, type) -> (EnvironmentFile) EnvironmentFile.builder().value(value).type(type).build());
  }

  static Arbitrary<MountPoint> mountPoints() {
    return Builders.withBuilder(MountPoint::builder)
        .use(opt(text())).in((b, v) -> b.sourceVolume(v))
        .use(opt(text())).in((b, v) -> b.containerPath(v))
        .use(opt(bools())).in((b, v) -> b.readOnly(v))
        .build(b -> b.build());
  }

  static Arbitrary<VolumeFrom> volumesFrom() {
    return Builders.withBuilder(VolumeFrom::builder)
        .use(opt(text())).in((b, v) -> b.sourceContainer(v))
        .use(opt(bools())).in((b, v) -> b.readOnly(v))
        .build(b -> b.build());
  }

  static Arbitrary<LinuxParameters> linuxParameters() {
    Arbitrary<KernelCapabilities> capabilities = Combinators.combine(few(text()), few(text()))
        .as((add, drop) -> (KernelCapabilities) KernelCapabilities.builder().add(add).drop(drop).build());
    return Builders.withBuilder(LinuxParameters::builder)
        .use(opt(bools())).in((b, v) -> b.initProcessEnabled(v))
        .use(opt(ints())).in((b, v) -> b.sharedMemorySize(v))
        .use(opt(capabilities)).in((b, v) -> b.capabilities(v))
        .build(b -> b.build());
  }

  static Arbitrary<Secret> secrets() {
    return Combinators.combine(text(), text()).as(Secret::of);
  }

  static Arbitrary<ContainerDependency> dependencies() {
    return Combinators.combine(text(), Arbitraries.of(ContainerCondition.class)).as(ContainerDependency::of);
  }

  static Arbitrary<Ulimit> ulimits() {
    return Combinators.combine(text(), ints(), ints())
        .as((name, soft, hard) -> (Ulimit) Ulimit.builder().name(name).softLimit(soft).hardLimit(hard).build());
  }

  static Arbitrary<LogConfiguration> logConfigurations() {
    return Combinators.combine(text(), stringMap(), few(secrets()))
        .as((driver, options, secretOptions) -> (LogConfiguration) LogConfiguration.builder()
            .logDriver(driver).options(options).secretOptions(secretOptions).build());
  }

  static Arbitrary<HealthCheck> healthChecks() {
    return Builders.withBuilder(HealthCheck::builder)
        .use(text().list().ofMaxSize(3)).in((b, v) -> b.command(v))
        .use(opt(ints())).in((b, v) -> b.interval(v))
        .use(opt(ints())).in((b, v) -> b.timeout(v))
        .use(opt(ints())).in((b, v) -> b.retries(v))
        .use(opt(ints())).in((b, v) -> b.startPeriod(v))
        .build(b -> b.build());
  }

  /** Volumes of every kind: bind mount, anonymous, Docker, EFS, FSx for Windows, and the two non-ECS kinds. */
  static Arbitrary<Volume> volumes() {
    Arbitrary<HostVolumeProperties> host = opt(text())
        .map(path -> (HostVolumeProperties) HostVolumeProperties.builder().sourcePath(path).build());
    Arbitrary<DockerVolumeConfiguration> docker = Builders.withBuilder(DockerVolumeConfiguration::builder)
        .use(opt(text())).in((b, v) -> b.scope(v))
        .use(opt(bools())).in((b, v) -> b.autoprovision(v))
        .use(opt(text())).in((b, v) -> b.driver(v))
        .use(stringMap()).in((b, v) -> b.driverOpts(v))
        .use(stringMap()).in((b, v) -> b.labels(v))
        .build(b -> b.build());
    Arbitrary<EfsAuthorizationConfig> efsAuth = Combinators.combine(opt(text()), opt(text()))
        .as((ap, iam) -> (EfsAuthorizationConfig) EfsAuthorizationConfig.builder().accessPointId(ap).iam(iam).build());
    Arbitrary<EfsVolumeConfiguration> efs = Builders.withBuilder(EfsVolumeConfiguration::builder)
        .use(text()).in((b, v) -> b.fileSystemId(v))
        .use(opt(text())).in((b, v) -> b.rootDirectory(v))
        .use(opt(text())).in((b, v) -> b.transitEncryption(v))
        .use(opt(ints())).in((b, v) -> b.transitEncryptionPort(v))
        .use(opt(efsAuth)).in((b, v) -> b.authorizationConfig(v))
        .build(b -> b.build());
    Arbitrary<FsxWindowsFileServerAuthorizationConfig> fsxAuth = Combinators.combine(text(), text())
        .as((credentials, domain) -> (FsxWindowsFileServerAuthorizationConfig) FsxWindowsFileServerAuthorizationConfig
            .builder().credentialsParameter(credentials).domain(domain).build());
    Arbitrary<FsxWindowsFileServerVolumeConfiguration> fsxWindows = Combinators.combine(text(), text(), fsxAuth)
        .as((id, root, auth) -> (FsxWindowsFileServerVolumeConfiguration) FsxWindowsFileServerVolumeConfiguration
            .builder().fileSystemId(id).rootDirectory(root).authorizationConfig(auth).build());
    Arbitrary<S3VolumeConfiguration> s3 = text()
        .map(bucket -> (S3VolumeConfiguration) S3VolumeConfiguration.builder().bucketName(bucket).build());
    Arbitrary<FsxLustreVolumeConfiguration> lustre = text()
        .map(id -> (FsxLustreVolumeConfiguration) FsxLustreVolumeConfiguration.builder().fileSystemId(id).build());
    double rare = 0.3;
    return Builders.withBuilder(Volume::builder)
        .use(text()).in((b, v) -> b.name(v))
        .use(host.optional(rare)).in((b, v) -> b.host(v))
        .use(docker.optional(rare)).in((b, v) -> b.dockerVolumeConfiguration(v))
        .use(efs.optional(rare)).in((b, v) -> b.efsVolumeConfiguration(v))
        .use(fsxWindows.optional(rare)).in((b, v) -> b.fsxWindowsFileServerVolumeConfiguration(v))
        .use(s3.optional(rare)).in((b, v) -> b.s3VolumeConfiguration(v))
        .use(lustre.optional(rare)).in((b, v) -> b.fsxLustreVolumeConfiguration(v))
        .use(opt(bools())).in((b, v) -> b.configuredAtLaunch(v))
        .build(b -> b.build());
  }

  static Arbitrary<PlacementConstraint> placementConstraints() {
    return Combinators.combine(Arbitraries.of(PlacementConstraintType.class), opt(text()))
        .as((type, expression) -> (PlacementConstraint) PlacementConstraint.builder()
            .type(type).expression(expression).build());
  }

  static Arbitrary<RuntimePlatform> runtimePlatforms() {
    return Combinators.combine(opt(Arbitraries.of(OsFamily.class)), opt(Arbitraries.of(CpuArchitecture.class)))
        .as((os, cpu) -> (RuntimePlatform) RuntimePlatform.builder()
            .operatingSystemFamily(os).cpuArchitecture(cpu).build());
  }

  static Arbitrary<Tag> tags() {
    return Combinators.combine(text(), text()).as(Tag::of);
  }

  // ---------------------------------------------------------------- services

  /** Services with every member of the subtree in play, except autoScaling (not part of ECS JSON). */
  static Arbitrary<Service> services() {
    return Builders.withBuilder(Service::builder)
        .use(text()).in((b, v) -> b.serviceName(v))
        .use(opt(text())).in((b, v) -> b.cluster(v))
        .use(text()).in((b, v) -> b.taskDefinition(v))
        .use(opt(ints())).in((b, v) -> b.desiredCount(v))
        .use(opt(Arbitraries.of(LaunchType.class))).in((b, v) -> b.launchType(v))
        .use(few(capacityProviderItems())).in((b, v) -> b.capacityProviderStrategy(v))
        .use(opt(text())).in((b, v) -> b.platformVersion(v))
        .use(opt(Arbitraries.of(SchedulingStrategy.class))).in((b, v) -> b.schedulingStrategy(v))
        .use(opt(deploymentConfigurations())).in((b, v) -> b.deploymentConfiguration(v))
        .use(opt(text().map(t -> (DeploymentController) DeploymentController.builder().type(t).build())))
        .in((b, v) -> b.deploymentController(v))
        .use(few(placementConstraints())).in((b, v) -> b.placementConstraints(v))
        .use(placementStrategies().list().ofMaxSize(3)).in((b, v) -> b.placementStrategy(v))
        .use(few(loadBalancers())).in((b, v) -> b.loadBalancers(v))
        .use(opt(networkConfigurations())).in((b, v) -> b.networkConfiguration(v))
        .use(opt(ints())).in((b, v) -> b.healthCheckGracePeriodSeconds(v))
        .use(opt(bools())).in((b, v) -> b.enableExecuteCommand(v))
        .use(opt(bools())).in((b, v) -> b.enableECSManagedTags(v))
        .use(opt(text())).in((b, v) -> b.propagateTags(v))
        .use(opt(text())).in((b, v) -> b.role(v))
        .use(few(tags())).in((b, v) -> b.tags(v))
        .use(NewerArbitraries.rebalancing()).in((b, v) -> b.availabilityZoneRebalancing(v))
        .use(opt(NewerArbitraries.serviceConnect())).in((b, v) -> b.serviceConnectConfiguration(v))
        .use(NewerArbitraries.volumeConfigurations().list().ofMaxSize(2)).in((b, v) -> b.volumeConfigurations(v))
        .build(b -> b.build());
  }

  static Arbitrary<CapacityProviderStrategyItem> capacityProviderItems() {
    return Combinators.combine(text(), opt(ints()), opt(ints()))
        .as((name, weight, base) -> (CapacityProviderStrategyItem) CapacityProviderStrategyItem.builder()
            .capacityProvider(name).weight(weight).base(base).build());
  }

  static Arbitrary<DeploymentConfiguration> deploymentConfigurations() {
    Arbitrary<ThresholdConfiguration> threshold = Combinators.combine(
            Arbitraries.of(ThresholdType.class), Arbitraries.integers().between(1, 200))
        .as(ThresholdConfiguration::of);
    Arbitrary<DeploymentCircuitBreaker> breaker = Combinators.combine(bools(), bools(), opt(bools()),
            opt(threshold))
        .as((enable, rollback, reset, limit) -> (DeploymentCircuitBreaker) DeploymentCircuitBreaker.builder()
            .enable(enable).rollback(rollback).resetOnHealthyTask(reset).thresholdConfiguration(limit).build());
    Arbitrary<DeploymentAlarms> alarms = Combinators.combine(few(text()), bools(), bools())
        .as((names, enable, rollback) -> (DeploymentAlarms) DeploymentAlarms.builder()
            .alarmNames(names).enable(enable).rollback(rollback).build());
    return Builders.withBuilder(DeploymentConfiguration::builder)
        .use(opt(ints())).in((b, v) -> b.minimumHealthyPercent(v))
        .use(opt(ints())).in((b, v) -> b.maximumPercent(v))
        .use(opt(breaker)).in((b, v) -> b.deploymentCircuitBreaker(v))
        .use(opt(alarms)).in((b, v) -> b.alarms(v))
        .use(opt(Arbitraries.of(DeploymentStrategy.class))).in((b, v) -> b.strategy(v))
        .use(opt(ints())).in((b, v) -> b.bakeTimeInMinutes(v))
        .use(few(lifecycleHooks())).in((b, v) -> b.lifecycleHooks(v))
        .use(opt(Combinators.combine(opt(doubles()), opt(ints())).as((step, bake) -> (LinearConfiguration)
            LinearConfiguration.builder().stepPercent(step).stepBakeTimeInMinutes(bake).build())))
        .in((b, v) -> b.linearConfiguration(v))
        .use(opt(Combinators.combine(opt(doubles()), opt(ints())).as((percent, bake) -> (CanaryConfiguration)
            CanaryConfiguration.builder().canaryPercent(percent).canaryBakeTimeInMinutes(bake).build())))
        .in((b, v) -> b.canaryConfiguration(v))
        .build(b -> b.build());
  }

  private static Arbitrary<Double> doubles() {
    return Arbitraries.doubles().between(-1e9, 1e9);
  }

  static Arbitrary<DeploymentLifecycleHook> lifecycleHooks() {
    Arbitrary<DeploymentLifecycleHookTimeoutConfiguration> timeout = Combinators.combine(opt(ints()),
            opt(Arbitraries.of(DeploymentLifecycleHookTimeoutAction.class)))
        .as((minutes, action) -> (DeploymentLifecycleHookTimeoutConfiguration)
            DeploymentLifecycleHookTimeoutConfiguration.builder().timeoutInMinutes(minutes).action(action).build());
    return Builders.withBuilder(DeploymentLifecycleHook::builder)
        .use(opt(text())).in((b, v) -> b.hookTargetArn(v))
        .use(opt(text())).in((b, v) -> b.roleArn(v))
        .use(Arbitraries.of(DeploymentLifecycleHookStage.class).list().ofMaxSize(3))
        .in((b, v) -> b.lifecycleStages(v))
        .use(opt(hookDetails())).in((b, v) -> b.hookDetails(v))
        .use(opt(Arbitraries.of(DeploymentLifecycleHookTargetType.class))).in((b, v) -> b.targetType(v))
        .use(opt(timeout)).in((b, v) -> b.timeoutConfiguration(v))
        .build(b -> b.build());
  }

  /** JSON documents: objects of strings, numbers, booleans, nulls, arrays and objects, or a bare value. */
  static Arbitrary<HookDetails> hookDetails() {
    Arbitrary<Object> scalar = Arbitraries.oneOf(text().map(t -> (Object) t), ints().map(i -> (Object) i),
        bools().map(b -> (Object) b), doubles().map(d -> (Object) d));
    Arbitrary<Object> nested = Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(2).map(l -> (Object) l),
        Arbitraries.maps(text(), scalar).ofMaxSize(2).map(m -> (Object) m));
    Arbitrary<HookDetails> object = Arbitraries.maps(text(), nested).ofMaxSize(3)
        .map(m -> HookDetails.of((Map<String, ?>) m));
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    Arbitrary<HookDetails> bare = scalar.map(v -> {
      com.fasterxml.jackson.databind.JsonNode node = mapper.valueToTree(v);
      return HookDetails.of(node);
    });
    return Arbitraries.frequencyOf(Tuple.of(9, object), Tuple.of(1, bare));
  }

  static Arbitrary<PlacementStrategy> placementStrategies() {
    return Combinators.combine(Arbitraries.of(PlacementStrategyType.class), opt(text()))
        .as((type, field) -> (PlacementStrategy) PlacementStrategy.builder().type(type).field(field).build());
  }

  static Arbitrary<ServiceLoadBalancer> loadBalancers() {
    return Builders.withBuilder(ServiceLoadBalancer::builder)
        .use(opt(text())).in((b, v) -> b.targetGroupArn(v))
        .use(opt(text())).in((b, v) -> b.loadBalancerName(v))
        .use(opt(text())).in((b, v) -> b.containerName(v))
        .use(opt(ints())).in((b, v) -> b.containerPort(v))
        .use(opt(Combinators.combine(opt(text()), opt(text()), opt(text()), opt(text()))
            .as((alternate, production, test, role) -> (AdvancedConfiguration) AdvancedConfiguration.builder()
                .alternateTargetGroupArn(alternate).productionListenerRule(production).testListenerRule(test)
                .roleArn(role).build())))
        .in((b, v) -> b.advancedConfiguration(v))
        .build(b -> b.build());
  }

  static Arbitrary<NetworkConfiguration> networkConfigurations() {
    return Combinators.combine(few(text()), few(text()), opt(text()))
        .as((subnets, groups, publicIp) -> (NetworkConfiguration) ImmutableNetworkConfiguration
            .copyOf(NetworkConfiguration.of(List.of(), List.of()))
            .withAwsvpcConfiguration(AwsVpcConfiguration.builder()
                .subnets(subnets).securityGroups(groups).assignPublicIp(publicIp).build()));
  }
}
