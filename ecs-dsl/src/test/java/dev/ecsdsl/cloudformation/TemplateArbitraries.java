package dev.ecsdsl.cloudformation;

import dev.ecsdsl.json.ModelArbitraries;
import dev.ecsdsl.model.AdjustmentType;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.CpuArchitecture;
import dev.ecsdsl.model.EcrRepository;
import dev.ecsdsl.model.EfsAccessPoint;
import dev.ecsdsl.model.EfsFileSystem;
import dev.ecsdsl.model.Effect;
import dev.ecsdsl.model.ElbProtocol;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ForwardConfig;
import dev.ecsdsl.model.ImmutableMetricAlarm;
import dev.ecsdsl.model.ImmutableService;
import dev.ecsdsl.model.IngressRule;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.InstanceType;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.ManagedScaling;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.PolicyStatement;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.ScheduledAction;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.model.SecurityGroup;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceAutoScaling;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.model.StepAdjustment;
import dev.ecsdsl.model.StepScalingPolicy;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetGroupHealthCheck;
import dev.ecsdsl.model.TargetGroupStickinessConfig;
import dev.ecsdsl.model.TargetGroupTuple;
import dev.ecsdsl.model.TargetTrackingScalingPolicy;
import dev.ecsdsl.model.TargetType;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.TreatMissingData;
import dev.ecsdsl.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Environments with every part of the model in play, for the template round trip: the network, roles, data,
 * load balancers of the three kinds, clusters with instance groups and capacity providers, task definitions and
 * services with every ECS member (from the ECS JSON round trip's {@link ModelArbitraries}), service auto scaling
 * and scheduled tasks. Names that the template's own resources are named by are drawn from small alphabets so that
 * references between parts are made; free texts are anything.
 *
 * <p>Not generated, because the template reader and writer do not carry them yet (issue 20's parts outside a
 * service's own members): Cloud Map namespaces ({@code AWS::ServiceDiscovery::*Namespace}), a cluster's
 * {@code ServiceConnectDefaults}, a capacity provider's {@code ManagedInstancesProvider}, daemons and Express
 * services. A listener rule's {@code ruleArn} and a listener's {@code listenerArn} are not generated either:
 * CloudFormation gives them when it creates the resources.
 */
final class TemplateArbitraries {
  private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2");

  private TemplateArbitraries() {}

  private static Arbitrary<String> name() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(12)
        .filter(s -> Character.isLetter(s.charAt(0)));
  }

  private static <T> Arbitrary<Optional<T>> opt(Arbitrary<T> a) {
    return a.optional(0.6);
  }

  private static Arbitrary<Integer> small() {
    return Arbitraries.integers().between(0, 20);
  }

  /** Ids the parts are drawn from, so that references between parts often name something the template has. */
  private static final List<String> SUBNETS = List.of("subnet-a", "subnet-b", "subnet-c");
  private static final List<String> GROUPS = List.of("sg-web", "sg-db");
  private static final List<String> ROLES = List.of("web-task", "web-execution", "instances");
  private static final List<String> TARGET_GROUPS = List.of("tg-web", "tg-api");
  private static final List<String> CLUSTERS = List.of("prod", "batch");
  private static final List<String> ZONES = List.of("us-east-1a", "us-east-1b", "us-east-1c");
  private static final String REGION = "us-east-1";
  private static final String ACCOUNT = "123456789012";

  /**
   * Environments of independent parts (no generator depends on another's value, which keeps generation fast):
   * ids come from small pools, so references sometimes name a part the environment has and sometimes not.
   */
  static Arbitrary<Environment> environments() {
    Arbitrary<List<IamRole>> roles = role().list().ofMaxSize(3).uniqueElements(IamRole::roleName);
    Arbitrary<List<TargetGroup>> targetGroups = targetGroup().list().ofMaxSize(2).uniqueElements(TargetGroup::name);
    Arbitrary<Environment> base = Combinators.combine(Arbitraries.of(REGION, "eu-west-1"), name(),
            Arbitraries.of(ACCOUNT, "210987654321"), vpc(), roles, targetGroups,
            Arbitraries.maps(name(), ModelArbitraries.text()).ofMaxSize(2),
            Arbitraries.maps(name(), ModelArbitraries.text()).ofMaxSize(2))
        .as((region, envName, account, v, r, tgs, secrets, ssm) -> Environment.builder().name(envName).region(region)
            .accountId(account).vpc(v).roles(r).targetGroups(tgs).putAllSecrets(secrets).putAllSsmParameters(ssm)
            .build());
    base = Combinators.combine(base, alarm().list().ofMaxSize(2))
        .as((env, alarms) -> Environment.builder().from(env).alarms(alarms).build());
    return Combinators.combine(base, ecr().list().ofMaxSize(2).uniqueElements(EcrRepository::repositoryName),
            efs().list().ofMaxSize(2).uniqueElements(EfsFileSystem::fileSystemId),
            ModelArbitraries.taskDefinitions().list().ofMaxSize(3),
            loadBalancer().list().ofMaxSize(2).uniqueElements(LoadBalancer::name),
            cluster().list().ofMaxSize(2).uniqueElements(Cluster::clusterName),
            services().list().ofMaxSize(3).uniqueElements(Service::serviceName),
            scheduledTask().list().ofMaxSize(2))
        .as((env, ecr, efs, tds, lbs, clusters, services, schedules) -> Environment.builder().from(env)
            .ecrRepositories(ecr).efsFileSystems(efs).taskDefinitions(tds).loadBalancers(lbs).clusters(clusters)
            .services(services).scheduledTasks(schedules).build());
  }

  private static Arbitrary<Vpc> vpc() {
    Arbitrary<Subnet> subnet = Combinators.combine(Arbitraries.of(SUBNETS), Arbitraries.of(ZONES),
            Arbitraries.integers().between(0, 255), opt(Arbitraries.of(true, false)))
        .as((id, zone, n, pub) -> Subnet.builder().subnetId(id).availabilityZone(zone).cidrBlock("10.0." + n + ".0/24")
            .mapPublicIpOnLaunch(pub).build());
    Arbitrary<SecurityGroup> group = Combinators.combine(Arbitraries.of(GROUPS), opt(name()),
            ingress().list().ofMaxSize(3))
        .as((id, groupName, rules) -> SecurityGroup.builder().groupId(id).groupName(groupName).ingress(rules).build());
    return Combinators.combine(subnet.list().ofMinSize(1).ofMaxSize(3).uniqueElements(Subnet::subnetId),
            group.list().ofMaxSize(2).uniqueElements(SecurityGroup::groupId), name(),
            Arbitraries.of("10.0.0.0/16", "172.31.0.0/16"))
        .as((s, g, vpcId, cidr) -> Vpc.builder().vpcId(vpcId).cidrBlock(cidr).subnets(s).securityGroups(g).build());
  }

  private static Arbitrary<IngressRule> ingress() {
    Arbitrary<Optional<String>> source = opt(Arbitraries.of(GROUPS));
    return Combinators.combine(Arbitraries.of("tcp", "udp", "-1"), Arbitraries.integers().between(0, 65535),
        Arbitraries.integers().between(0, 100), opt(Arbitraries.of("0.0.0.0/0", "10.0.0.0/16")), source)
        .as((protocol, from, width, cidr, group) -> IngressRule.builder().ipProtocol(protocol).fromPort(from)
            .toPort(Math.min(65535, from + width)).cidrIp(cidr).sourceSecurityGroup(group).build());
  }

  private static Arbitrary<IamRole> role() {
    return role(Arbitraries.of(ROLES));
  }

  private static Arbitrary<IamRole> role(Arbitrary<String> names) {
    Arbitrary<PolicyStatement> statement = Combinators.combine(opt(name()), Arbitraries.of(Effect.class),
        ModelArbitraries.text().list().ofMaxSize(2), ModelArbitraries.text().list().ofMaxSize(2))
        .as((sid, effect, actions, resources) -> PolicyStatement.builder().sid(sid).effect(effect).actions(actions)
            .resources(resources).build());
    return Combinators.combine(names, Arbitraries.of(IamRole.ECS_TASKS, IamRole.EC2, IamRole.EVENTS).list()
            .ofMaxSize(2), statement.list().ofMaxSize(3),
            Arbitraries.of(IamRole.TASK_EXECUTION_ROLE_POLICY, IamRole.EC2_CONTAINER_SERVICE_FOR_EC2_ROLE).list()
                .ofMaxSize(2))
        .as((n, trusted, statements, managed) -> IamRole.builder().roleName(n).trustedServices(trusted)
            .statements(statements).managedPolicyArns(managed).build());
  }

  private static Arbitrary<EcrRepository> ecr() {
    return Combinators.combine(name(), name().list().ofMaxSize(2))
        .as((n, tags) -> EcrRepository.builder().repositoryName(n).imageTags(tags).build());
  }

  private static Arbitrary<EfsFileSystem> efs() {
    Arbitrary<EfsAccessPoint> ap = Combinators.combine(name(), opt(ModelArbitraries.text()), opt(small()), opt(small()))
        .as((id, root, uid, gid) -> EfsAccessPoint.builder().accessPointId("fsap-" + id).rootDirectory(root)
            .posixUid(uid).posixGid(gid).build());
    return Combinators.combine(name(), Arbitraries.of(SUBNETS).list().ofMaxSize(2),
            ap.list().ofMaxSize(2).uniqueElements(EfsAccessPoint::accessPointId), opt(Arbitraries.of(true, false)))
        .as((id, subnets, aps, transit) -> EfsFileSystem.builder().fileSystemId("fs-" + id).mountTargetSubnets(subnets)
            .accessPoints(aps).requireTransitEncryption(transit).build());
  }

  private static Arbitrary<TargetGroup> targetGroup() {
    Arbitrary<TargetGroupHealthCheck> health = Builders.withBuilder(TargetGroupHealthCheck::builder)
        .use(Arbitraries.of("/", "/health", "/a b")).in((b, v) -> b.path(v))
        .use(opt(Arbitraries.of(ElbProtocol.HTTP, ElbProtocol.HTTPS, ElbProtocol.TCP))).in((b, v) -> b.protocol(v))
        .use(opt(Arbitraries.integers().between(1, 65535))).in((b, v) -> b.port(v))
        .use(Arbitraries.integers().between(5, 300)).in((b, v) -> b.intervalSeconds(v))
        .use(Arbitraries.integers().between(2, 120)).in((b, v) -> b.timeoutSeconds(v))
        .use(Arbitraries.integers().between(2, 10)).in((b, v) -> b.healthyThresholdCount(v))
        .use(Arbitraries.integers().between(2, 10)).in((b, v) -> b.unhealthyThresholdCount(v))
        .use(Arbitraries.of("200", "200-299", "200,302")).in((b, v) -> b.matcher(v))
        .build(TargetGroupHealthCheck.Builder::build);
    return Combinators.combine(Arbitraries.of(TARGET_GROUPS), Arbitraries.of(TargetType.class),
            Arbitraries.of(ElbProtocol.class),
            Arbitraries.integers().between(1, 65535), health, Arbitraries.integers().between(0, 3600),
            Arbitraries.integers().between(0, 900))
        .as((n, type, protocol, port, h, delay, slow) -> TargetGroup.builder().name(n).targetType(type)
            .protocol(protocol).port(port).healthCheck(h).deregistrationDelaySeconds(delay).slowStartSeconds(slow)
            .build());
  }

  /** Weighted forwarding (ELB's ForwardConfig) among the target groups referred to. */
  private static Arbitrary<ForwardConfig> forwardConfig(List<String> references) {
    Arbitrary<TargetGroupTuple> tuple = Combinators.combine(Arbitraries.of(references),
            opt(Arbitraries.integers().between(0, 999)))
        .as((tg, weight) -> TargetGroupTuple.builder().targetGroupArn(tg).weight(weight).build());
    Arbitrary<Optional<TargetGroupStickinessConfig>> stickiness = opt(Combinators.combine(
            opt(Arbitraries.of(true, false)), opt(Arbitraries.integers().between(1, 604800)))
        .as((enabled, seconds) -> TargetGroupStickinessConfig.builder().enabled(enabled).durationSeconds(seconds)
            .build()));
    return Combinators.combine(tuple.list().ofMinSize(1).ofMaxSize(3), stickiness)
        .as((groups, sticky) -> ForwardConfig.builder().targetGroups(groups).targetGroupStickinessConfig(sticky).build());
  }

  private static Arbitrary<LoadBalancer> loadBalancer() {
    List<String> subnets = SUBNETS;
    List<String> groups = GROUPS;
    List<String> references = new ArrayList<>();
    TARGET_GROUPS.forEach(t -> {
      references.add(t);
      references.add(TargetGroup.builder().name(t).targetType(TargetType.IP).build().arn(REGION, ACCOUNT));
    });
    Arbitrary<Optional<String>> target = references.isEmpty() ? Arbitraries.just(Optional.empty())
        : opt(Arbitraries.of(references));
    Arbitrary<List<ListenerRule>> ruleLists = references.isEmpty() ? Arbitraries.just(List.of())
        : Combinators.combine(Arbitraries.integers().between(1, 50000), Arbitraries.of("/api/*", "/").list()
            .ofMaxSize(2), Arbitraries.of("shop.example.com").list().ofMaxSize(1), Arbitraries.of(references),
            opt(forwardConfig(references)), Arbitraries.of(true, false))
        .as((priority, paths, hosts, tg, weighted, both) -> {
          // a rule forwards somewhere: to one target group, weighted among several, or (as ELB allows) both
          ListenerRule.Builder rule = ListenerRule.builder().priority(priority).pathPatterns(paths).hostHeaders(hosts)
              .forwardConfig(weighted);
          if (weighted.isEmpty() || both) {
            rule.targetGroupArn(tg);
          }
          // ruleArn is not generated: CloudFormation gives a rule its ARN when it creates it
          return (ListenerRule) rule.build();
        }).list().ofMaxSize(2);
    Arbitrary<Listener> listener = Combinators.combine(Arbitraries.integers().between(1, 65535),
            opt(Arbitraries.of(ElbProtocol.HTTP, ElbProtocol.HTTPS, ElbProtocol.TCP)), target,
            ruleLists, opt(Arbitraries.integers().between(1, 65535)))
        .as((port, protocol, tg, rules, instancePort) -> Listener.builder().port(port).protocol(protocol)
            .defaultTargetGroup(tg).rules(rules).instancePort(instancePort).build());
    Arbitrary<Listener> classicListener = Combinators.combine(Arbitraries.integers().between(1, 65535),
            opt(Arbitraries.of(ElbProtocol.HTTP, ElbProtocol.TCP, ElbProtocol.TLS)), opt(Arbitraries.integers()
                .between(1, 65535)))
        .as((port, protocol, instance) -> Listener.builder().port(port).protocol(protocol).instancePort(instance)
            .build());
    Arbitrary<TargetGroupHealthCheck> classicHealth = Combinators.combine(Arbitraries.of(ElbProtocol.HTTP,
            ElbProtocol.TCP), Arbitraries.integers().between(1, 65535), Arbitraries.of("/", "/ping"),
            Arbitraries.integers().between(5, 300), Arbitraries.of("200", "200-299"))
        .as((protocol, port, path, interval, matcher) -> TargetGroupHealthCheck.builder().protocol(protocol).port(port)
            .path(protocol == ElbProtocol.HTTP ? path : "/").intervalSeconds(interval).matcher(matcher).build());
    Arbitrary<List<String>> lbSubnets = subnets.isEmpty() ? Arbitraries.just(List.of())
        : Arbitraries.of(subnets).list().ofMaxSize(2);
    Arbitrary<List<String>> lbGroups = groups.isEmpty() ? Arbitraries.just(List.of())
        : Arbitraries.of(groups).list().ofMaxSize(2);
    Arbitrary<LoadBalancer> v2 = Combinators.combine(name(), Arbitraries.of(LoadBalancerType.APPLICATION,
            LoadBalancerType.NETWORK), Arbitraries.of("internet-facing", "internal"), lbSubnets, lbGroups,
            // a load balancer has one listener per port (ELB: DuplicateListener); its ARN is made up from the port
            listener.list().ofMaxSize(2).uniqueElements(Listener::port))
        .as((n, type, scheme, s, g, listeners) -> LoadBalancer.builder().name(n).type(type).scheme(scheme).subnets(s)
            .securityGroups(g).listeners(listeners).build());
    Arbitrary<LoadBalancer> classic = Combinators.combine(name(), lbSubnets, lbGroups, classicListener.list()
            .ofMaxSize(2), opt(classicHealth))
        .as((n, s, g, listeners, health) -> LoadBalancer.builder().name(n).type(LoadBalancerType.CLASSIC).subnets(s)
            .securityGroups(g).listeners(listeners).healthCheck(health).build());
    return Arbitraries.oneOf(v2, classic);
  }

  private static Arbitrary<Cluster> cluster() {
    List<String> zones = ZONES;
    List<String> roles = ROLES;
    Arbitrary<InstanceType> override = Combinators.combine(name(), Arbitraries.integers().between(1, 64),
            Arbitraries.integers().between(512, 262144), Arbitraries.of(CpuArchitecture.class))
        .as((n, cpus, memory, arch) -> InstanceType.builder().name(n).vcpus(cpus).memoryMiB(memory)
            .maximumNetworkInterfaces(3).ipv4AddressesPerInterface(10).cpuArchitecture(arch).build());
    Arbitrary<Optional<String>> profile = roles.isEmpty() ? Arbitraries.just(Optional.empty()) : opt(Arbitraries.of(roles));
    Arbitrary<InstanceGroup> group = Builders.withBuilder(InstanceGroup::builder)
        .use(name()).in((b, v) -> b.name(v))
        .use(Arbitraries.of("m5.large", "t3.micro", "c5.xlarge")).in((b, v) -> b.instanceType(v))
        .use(opt(override)).in((b, v) -> b.instanceTypeOverride(v))
        .use(small()).in((b, v) -> b.minSize(v))
        .use(small()).in((b, v) -> b.maxSize(v))
        .use(small()).in((b, v) -> b.desiredCapacity(v))
        .use(Arbitraries.of(zones).list().ofMinSize(1).ofMaxSize(3).uniqueElements()).in((b, v) -> b.availabilityZones(v))
        .use(Arbitraries.of("ami-0123", "ami-ecs-optimized-al2023")).in((b, v) -> b.amiId(v))
        .use(Arbitraries.of("linux", "windows")).in((b, v) -> b.osType(v))
        .use(Arbitraries.maps(name(), ModelArbitraries.text()).ofMaxSize(2)).in((b, v) -> b.attributes(v))
        .use(profile).in((b, v) -> b.iamInstanceProfile(v))
        .use(opt(Arbitraries.of(true, false))).in((b, v) -> b.spot(v))
        .build(InstanceGroup.Builder::build);
    // A provider per group, its settings drawn once per cluster and given out in order.
    Arbitrary<List<Optional<ManagedScaling>>> scalings = opt(managedScaling()).list().ofSize(2);
    Arbitrary<List<Optional<Boolean>>> protections = opt(Arbitraries.of(true, false)).list().ofSize(2);
    return Combinators.combine(Arbitraries.of(CLUSTERS), group.list().ofMaxSize(2).uniqueElements(InstanceGroup::name),
            opt(Arbitraries.of(true, false)), Combinators.combine(name(), ModelArbitraries.text()).as(Tag::of).list()
                .ofMaxSize(2), Arbitraries.of(true, false), scalings, protections, strategy())
        .as((n, groups, insights, tags, fargate, scaling, protection, strategy) -> {
          List<CapacityProvider> all = new ArrayList<>();
          for (int i = 0; i < groups.size(); i++) {
            InstanceGroup g = groups.get(i);
            all.add(CapacityProvider.builder().name(n + "-" + g.name()).type(CapacityProviderType.AUTO_SCALING_GROUP)
                .autoScalingGroup(g.name()).managedScaling(scaling.get(i)).managedTerminationProtection(protection.get(i))
                .build());
          }
          if (fargate) {
            all.add(CapacityProvider.fargate());
            all.add(CapacityProvider.fargateSpot());
          }
          return Cluster.builder().clusterName(n).instanceGroups(groups).capacityProviders(all)
              .defaultCapacityProviderStrategy(strategy).containerInsights(insights).tags(tags).build();
        });
  }

  private static Arbitrary<ManagedScaling> managedScaling() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(1, 100),
            Arbitraries.integers().between(1, 10), Arbitraries.integers().between(10, 10000),
            Arbitraries.integers().between(0, 10000))
        .as((enabled, target, min, max, warmup) -> ManagedScaling.builder().enabled(enabled).targetCapacity(target)
            .minimumScalingStepSize(min).maximumScalingStepSize(max).instanceWarmupPeriod(warmup).build());
  }

  private static Arbitrary<List<CapacityProviderStrategyItem>> strategy() {
    return Combinators.combine(Arbitraries.of("FARGATE", "FARGATE_SPOT", "prod-a", "batch-b"), opt(small()),
            opt(small()))
        .as((p, weight, base) -> (CapacityProviderStrategyItem) CapacityProviderStrategyItem.builder().capacityProvider(p).weight(weight).base(base)
            .build()).list().ofMaxSize(2);
  }

  private static Arbitrary<Service> services() {
    // ECS names clusters and services with letters, digits, hyphens and underscores: the scalable target's
    // resource id (service/CLUSTER/SERVICE) relies on it.
    return Combinators.combine(ModelArbitraries.services(), name(), opt(Arbitraries.of(CLUSTERS)), opt(autoScaling()))
        .as((s, n, cluster, scaling) -> ImmutableService.copyOf(s).withServiceName(n).withCluster(cluster)
            .withAutoScaling(scaling));
  }

  private static Arbitrary<ServiceAutoScaling> autoScaling() {
    Arbitrary<Optional<String>> label = opt(Arbitraries.of(TARGET_GROUPS));
    Arbitrary<TargetTrackingScalingPolicy> tracking = Combinators.combine(name(), Arbitraries.of(
            PredefinedMetricType.class), label, Arbitraries.doubles().between(1, 1000).ofScale(2), opt(small()),
            opt(small()), opt(Arbitraries.of(true, false)))
        .as((n, metric, l, target, out, in, disable) -> TargetTrackingScalingPolicy.builder().policyName(n)
            .predefinedMetricType(metric).resourceLabel(l).targetValue(target).scaleOutCooldown(out)
            .scaleInCooldown(in).disableScaleIn(disable).build());
    Arbitrary<MetricAlarm> alarm = alarm();
    Arbitrary<StepAdjustment> step = Combinators.combine(opt(Arbitraries.doubles().between(-50, 50).ofScale(1)),
            opt(Arbitraries.doubles().between(-50, 50).ofScale(1)), Arbitraries.integers().between(-5, 5))
        .as((lower, upper, adjustment) -> StepAdjustment.builder().metricIntervalLowerBound(lower)
            .metricIntervalUpperBound(upper).scalingAdjustment(adjustment).build());
    Arbitrary<StepScalingPolicy> stepPolicy = Combinators.combine(name(), alarm, Arbitraries.of(AdjustmentType.class),
            step.list().ofMaxSize(2), opt(small()), opt(small()))
        .as((n, a, type, steps, cooldown, magnitude) -> StepScalingPolicy.builder().policyName(n).alarm(a)
            .adjustmentType(type).stepAdjustments(steps).cooldown(cooldown).minAdjustmentMagnitude(magnitude).build());
    Arbitrary<ScheduledAction> action = Combinators.combine(name(), Arbitraries.of("cron(0 8 * * ? *)", "rate(1 hour)"),
            opt(small()), opt(small()), opt(Arbitraries.of("Europe/Paris", "UTC")))
        .as((n, schedule, min, max, zone) -> ScheduledAction.builder().scheduledActionName(n).schedule(schedule)
            .minCapacity(min).maxCapacity(max).timezone(zone).build());
    return Combinators.combine(small(), small(), tracking.list().ofMaxSize(2), stepPolicy.list().ofMaxSize(2),
            action.list().ofMaxSize(2))
        .as((min, max, t, s, a) -> ServiceAutoScaling.builder().minCapacity(min).maxCapacity(max)
            .targetTrackingPolicies(t).stepScalingPolicies(s).scheduledActions(a).build());
  }

  /** CloudWatch alarms on one metric, with everything the model holds of them. */
  private static Arbitrary<MetricAlarm> alarm() {
    Arbitrary<MetricAlarm> metric = Combinators.combine(name(), Arbitraries.of("CPUUtilization", "RequestCount"),
            opt(Arbitraries.of("AWS/ECS", "AWS/ApplicationELB")), Arbitraries.of(Statistic.class),
            Arbitraries.integers().between(10, 3600), Arbitraries.integers().between(1, 10),
            Arbitraries.doubles().between(0, 100).ofScale(1), Arbitraries.of(ComparisonOperator.class))
        .as((n, metricName, ns, stat, period, periods, threshold, op) -> MetricAlarm.builder().alarmName(n)
            .metricName(metricName).namespace(ns).statistic(stat).period(period).evaluationPeriods(periods)
            .threshold(threshold).comparisonOperator(op).build());
    Arbitrary<MetricDimension> dimension = Combinators.combine(Arbitraries.of("ClusterName", "ServiceName",
            "TargetGroup"), name()).as(MetricDimension::of);
    return Combinators.combine(metric, dimension.list().ofMaxSize(2), opt(Arbitraries.integers().between(1, 10)),
            opt(Arbitraries.of(TreatMissingData.class)))
        .as((a, dimensions, datapoints, missing) -> (MetricAlarm) ImmutableMetricAlarm.copyOf(a)
            .withDimensions(dimensions).withDatapointsToAlarm(datapoints).withTreatMissingData(missing));
  }

  private static Arbitrary<ScheduledTask> scheduledTask() {
    Arbitrary<Optional<NetworkConfiguration>> network = opt(Combinators.combine(
            Arbitraries.of(SUBNETS).list().ofMinSize(1).ofMaxSize(2), Arbitraries.of(GROUPS).list().ofMaxSize(1))
        .as(NetworkConfiguration::of));
    return Combinators.combine(name(), Arbitraries.of("cron(0 2 * * ? *)", "rate(5 minutes)"),
            Arbitraries.of(CLUSTERS), Arbitraries.of("web", "job", "web:1"), opt(Arbitraries.integers().between(1, 10)),
            opt(Arbitraries.of(LaunchType.class)), network, opt(name()))
        .as((n, expression, cluster, td, count, launch, net, group) -> ScheduledTask.builder().ruleName(n)
            .scheduleExpression(expression).cluster(cluster).taskDefinition(td).taskCount(count).launchType(launch)
            .networkConfiguration(net).group(group).build())
        .flatMap(t -> Combinators.combine(opt(Arbitraries.of(true, false)), opt(Arbitraries.of(ROLES)))
            .as((enabled, role) -> (ScheduledTask) ScheduledTask.builder().from(t).enabled(enabled).roleArn(role)
                .build()));
  }
}
