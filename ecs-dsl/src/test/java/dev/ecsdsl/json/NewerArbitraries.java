package dev.ecsdsl.json;

import dev.ecsdsl.model.AvailabilityZoneRebalancing;
import dev.ecsdsl.model.EbsResourceType;
import dev.ecsdsl.model.EbsTagSpecification;
import dev.ecsdsl.model.EbsVolumeType;
import dev.ecsdsl.model.PropagateTags;
import dev.ecsdsl.model.ServiceConnectAccessLogConfiguration;
import dev.ecsdsl.model.ServiceConnectAccessLoggingFormat;
import dev.ecsdsl.model.ServiceConnectClientAlias;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.model.ServiceConnectIncludeQueryParameters;
import dev.ecsdsl.model.ServiceConnectService;
import dev.ecsdsl.model.ServiceConnectTestTrafficHeaderMatchRules;
import dev.ecsdsl.model.ServiceConnectTestTrafficHeaderRules;
import dev.ecsdsl.model.ServiceConnectTestTrafficRules;
import dev.ecsdsl.model.ServiceConnectTlsCertificateAuthority;
import dev.ecsdsl.model.ServiceConnectTlsConfiguration;
import dev.ecsdsl.model.ServiceManagedEBSVolumeConfiguration;
import dev.ecsdsl.model.ServiceVolumeConfiguration;
import dev.ecsdsl.model.TaskFilesystemType;
import dev.ecsdsl.model.TimeoutConfiguration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Generators of a service's Service Connect configuration, EBS volume configurations and Availability Zone
 * rebalancing, with every member in play (checked, through {@link ModelArbitraries#services()}, by
 * {@link ArbitraryCoverageTest}).
 */
final class NewerArbitraries {
  private static final double PRESENT = 0.6;

  private NewerArbitraries() {}

  private static <T> Arbitrary<Optional<T>> opt(Arbitrary<T> value) {
    return value.optional(PRESENT);
  }

  private static <T> Arbitrary<List<T>> few(Arbitrary<T> element) {
    return element.list().ofMaxSize(2);
  }

  private static Arbitrary<String> text() {
    return ModelArbitraries.text();
  }

  private static Arbitrary<Integer> ints() {
    return Arbitraries.integers();
  }

  /** Any rebalancing setting, or none. */
  static Arbitrary<Optional<AvailabilityZoneRebalancing>> rebalancing() {
    return opt(Arbitraries.of(AvailabilityZoneRebalancing.class));
  }

  /** Service Connect configurations with every member in play. */
  static Arbitrary<ServiceConnectConfiguration> serviceConnect() {
    Arbitrary<ServiceConnectAccessLogConfiguration> accessLog = Combinators.combine(
        Arbitraries.of(ServiceConnectAccessLoggingFormat.class),
        opt(Arbitraries.of(ServiceConnectIncludeQueryParameters.class)))
        .as((format, query) -> ServiceConnectAccessLogConfiguration.builder().format(format)
            .includeQueryParameters(query).build());
    return Builders.withBuilder(ServiceConnectConfiguration::builder)
        .use(Arbitraries.of(true, false)).in((b, v) -> b.enabled(v))
        .use(opt(text())).in((b, v) -> b.namespace(v))
        .use(few(services())).in((b, v) -> b.services(v))
        .use(opt(ModelArbitraries.logConfigurations())).in((b, v) -> b.logConfiguration(v))
        .use(opt(accessLog)).in((b, v) -> b.accessLogConfiguration(v))
        .build(b -> b.build());
  }

  private static Arbitrary<ServiceConnectService> services() {
    Arbitrary<ServiceConnectTestTrafficRules> testTraffic = Combinators.combine(text(), opt(text()))
        .as((name, exact) -> ServiceConnectTestTrafficRules.builder()
            .header(ServiceConnectTestTrafficHeaderRules.builder().name(name)
                .value(exact.map(e -> ServiceConnectTestTrafficHeaderMatchRules.builder().exact(e).build()))
                .build())
            .build());
    Arbitrary<ServiceConnectClientAlias> alias = Combinators.combine(ints(), opt(text()), opt(testTraffic))
        .as((port, dns, rules) -> ServiceConnectClientAlias.builder().port(port).dnsName(dns)
            .testTrafficRules(rules).build());
    Arbitrary<TimeoutConfiguration> timeout = Combinators.combine(opt(ints()), opt(ints()))
        .as((idle, request) -> TimeoutConfiguration.builder().idleTimeoutSeconds(idle)
            .perRequestTimeoutSeconds(request).build());
    Arbitrary<ServiceConnectTlsConfiguration> tls = Combinators.combine(opt(text()), opt(text()), opt(text()))
        .as((ca, key, role) -> ServiceConnectTlsConfiguration.builder()
            .issuerCertificateAuthority(ServiceConnectTlsCertificateAuthority.builder().awsPcaAuthorityArn(ca).build())
            .kmsKey(key).roleArn(role).build());
    return Builders.withBuilder(ServiceConnectService::builder)
        .use(text()).in((b, v) -> b.portName(v))
        .use(opt(text())).in((b, v) -> b.discoveryName(v))
        .use(few(alias)).in((b, v) -> b.clientAliases(v))
        .use(opt(ints())).in((b, v) -> b.ingressPortOverride(v))
        .use(opt(timeout)).in((b, v) -> b.timeout(v))
        .use(opt(tls)).in((b, v) -> b.tls(v))
        .build(b -> b.build());
  }

  /** Service volume configurations with every member of the managed EBS volume in play. */
  static Arbitrary<ServiceVolumeConfiguration> volumeConfigurations() {
    Arbitrary<EbsTagSpecification> tagSpecification = Combinators.combine(few(ModelArbitraries.tags()),
        opt(Arbitraries.of(PropagateTags.class)))
        .as((tags, propagate) -> EbsTagSpecification.builder().resourceType(EbsResourceType.VOLUME).tags(tags)
            .propagateTags(propagate).build());
    Arbitrary<ServiceManagedEBSVolumeConfiguration> ebs = Builders.withBuilder(
            ServiceManagedEBSVolumeConfiguration::builder)
        .use(opt(Arbitraries.of(true, false))).in((b, v) -> b.encrypted(v))
        .use(opt(text())).in((b, v) -> b.kmsKeyId(v))
        .use(opt(Arbitraries.of(EbsVolumeType.class))).in((b, v) -> b.volumeType(v))
        .use(opt(ints())).in((b, v) -> b.sizeInGiB(v))
        .use(opt(text())).in((b, v) -> b.snapshotId(v))
        .use(opt(ints())).in((b, v) -> b.volumeInitializationRate(v))
        .use(opt(ints())).in((b, v) -> b.iops(v))
        .use(opt(ints())).in((b, v) -> b.throughput(v))
        .use(few(tagSpecification)).in((b, v) -> b.tagSpecifications(v))
        .use(text()).in((b, v) -> b.roleArn(v))
        .use(opt(Arbitraries.of(TaskFilesystemType.class))).in((b, v) -> b.filesystemType(v))
        .build(b -> b.build());
    return Combinators.combine(text(), opt(ebs))
        .as((name, volume) -> ServiceVolumeConfiguration.builder().name(name).managedEBSVolume(volume).build());
  }
}
