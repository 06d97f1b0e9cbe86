package dev.ecsdsl.validation;

import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.CloudMapNamespace;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceConnectClientAlias;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.model.ServiceConnectService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules across the Service Connect services of an environment: each service's namespace exists (in the
 * environment, or created by a cluster's Service Connect defaults), is in the environment's region (and, for a
 * cluster default, its account), and names and aliases are unique within a namespace.
 */
final class ServiceConnectNamespaceRules {
  private ServiceConnectNamespaceRules() {}

  private static final String DEFAULTS =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ClusterServiceConnectDefaultsRequest.html";
  private static final Pattern ARN = Pattern.compile("arn:[^:]+:servicediscovery:([^:]*):([^:]*):namespace/(.+)");
  private static final Pattern DEFAULT_NAME = Pattern.compile("[^-~<>/]{1,1024}");

  /**
   * Doc (ServiceConnectConfiguration.namespace): the namespace name or ARN of a Cloud Map namespace; a cluster's
   * default namespace that does not exist is created (ClusterServiceConnectDefaultsRequest: "If you enter a new
   * name, a Cloud Map namespace will be created").
   */
  static final Rule NAMESPACE_UNKNOWN = Rule.error("service-connect-namespace-unknown",
      "A service's Service Connect namespace is a namespace of the environment or a cluster's default namespace",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectConfiguration.html");

  /**
   * Doc (ServiceConnectConfiguration.namespace): "The namespace must be in the same Amazon Web Services Region as
   * the Amazon ECS service and cluster"; ClusterServiceConnectDefaultsRequest: "The namespace must be in this
   * account and this Amazon Web Services Region."
   */
  static final Rule NAMESPACE_ACCOUNT_REGION = Rule.error("service-connect-namespace-account-region",
      "A Service Connect namespace is in the service's region; a cluster's default one also in its account",
      DEFAULTS);

  /**
   * Doc (ClusterServiceConnectDefaultsRequest.namespace): "The namespace name can include up to 1024 characters.
   * The name is case-sensitive. The name can't include hyphens (-), tilde (~), greater than (&gt;), less than
   * (&lt;), or slash (/)."
   */
  static final Rule DEFAULT_NAMESPACE_NAME = Rule.error("service-connect-default-namespace-name",
      "A cluster's default namespace name: up to 1024 characters, none of - ~ < > /", DEFAULTS);

  /** Doc (ServiceConnectService.discoveryName): "This must be unique within the Cloud Map namespace." */
  static final Rule DISCOVERY_NAME_UNIQUE = Rule.error("service-connect-discovery-name-unique",
      "A discovery name (the port name when unset) is unique within its namespace",
      ServiceConnectRules.SERVICE_CONNECT_SERVICE);

  /** Doc (ServiceConnectClientAlias): "Each name and port mapping must be unique within the namespace." */
  static final Rule CLIENT_ALIAS_UNIQUE = Rule.error("service-connect-client-alias-unique",
      "A client alias (dnsName and port) is unique within its namespace", ServiceConnectRules.CLIENT_ALIAS);

  static final List<Rule> RULES = List.of(NAMESPACE_UNKNOWN, NAMESPACE_ACCOUNT_REGION, DEFAULT_NAMESPACE_NAME,
      DISCOVERY_NAME_UNIQUE, CLIENT_ALIAS_UNIQUE);

  /** Checks every cluster's default namespace and every Service Connect service of the environment. */
  static void check(Environment env, Findings f) {
    for (Cluster cluster : env.clusters()) {
      cluster.serviceConnectDefaults().ifPresent(d -> checkDefault(env, cluster, d.namespace(), f));
    }
    Map<String, String> discoveryNames = new HashMap<>();
    Map<String, String> aliases = new HashMap<>();
    for (Service svc : env.services()) {
      Optional<ServiceConnectConfiguration> config = svc.serviceConnectConfiguration().filter(c -> c.enabled());
      if (config.isEmpty()) {
        continue;
      }
      ProblemPath path = ProblemPath.of("service " + svc.serviceName()).then("serviceConnectConfiguration");
      Optional<String> reference = config.get().namespace()
          .or(() -> env.cluster(svc.clusterOrDefault()).flatMap(c -> c.serviceConnectDefaults()).map(d -> d.namespace()));
      if (reference.isEmpty()) {
        continue;
      }
      String namespace = resolve(env, reference.get(), path.then("namespace"), config.get().namespace().isPresent(), f);
      for (int i = 0; i < config.get().services().size(); i++) {
        ServiceConnectService endpoint = config.get().services().get(i);
        ProblemPath endpointPath = path.then("services[" + i + "]");
        String discovery = endpoint.discoveryNameOrPortName();
        String owner = discoveryNames.putIfAbsent(namespace + "\u0000" + discovery, svc.serviceName());
        if (owner != null) {
          f.add(DISCOVERY_NAME_UNIQUE, endpointPath.then(endpoint.discoveryName().isPresent() ? "discoveryName" : "portName"),
              "discovery name " + discovery + " is already used in namespace " + namespace + " by service " + owner,
              "give this endpoint its own discoveryName");
        }
        for (int j = 0; j < endpoint.clientAliases().size(); j++) {
          ServiceConnectClientAlias alias = endpoint.clientAliases().get(j);
          String dnsName = alias.dnsName().orElse(discovery + "." + namespace);
          String taken = aliases.putIfAbsent(namespace + "\u0000" + dnsName + ":" + alias.port(), svc.serviceName());
          if (taken != null) {
            f.add(CLIENT_ALIAS_UNIQUE, endpointPath.then("clientAliases[" + j + "]"),
                "client alias " + dnsName + ":" + alias.port() + " is already used in namespace " + namespace
                    + " by service " + taken,
                "choose another dnsName or port for this alias");
          }
        }
      }
    }
  }

  private static void checkDefault(Environment env, Cluster cluster, String reference, Findings f) {
    ProblemPath path = ProblemPath.of("cluster " + cluster.clusterName()).then("serviceConnectDefaults")
        .then("namespace");
    java.util.regex.Matcher arn = ARN.matcher(reference);
    if (arn.matches()) {
      if (!arn.group(1).equals(env.region()) || !arn.group(2).equals(env.accountId())) {
        f.add(NAMESPACE_ACCOUNT_REGION, path, "the cluster's default namespace " + reference + " is not in account "
            + env.accountId() + " and region " + env.region(), "use a namespace of this account and region");
      }
      return;
    }
    env.namespace(reference).ifPresent(ns -> {
      if (!ns.region().orElse(env.region()).equals(env.region())
          || !ns.accountId().orElse(env.accountId()).equals(env.accountId())) {
        f.add(NAMESPACE_ACCOUNT_REGION, path, "the cluster's default namespace " + reference + " is in "
            + ns.accountId().orElse(env.accountId()) + "/" + ns.region().orElse(env.region()) + ", not in account "
            + env.accountId() + " and region " + env.region(), "use a namespace of this account and region");
      }
    });
    if (env.namespace(reference).isEmpty() && !DEFAULT_NAME.matcher(reference).matches()) {
      f.add(DEFAULT_NAMESPACE_NAME, path, "default namespace name '" + reference
          + "' is empty, longer than 1024 characters or has one of - ~ < > /",
          "use a name without those characters, e.g. " + reference.replaceAll("[-~<>/]", ""));
    }
  }

  /** The namespace's name for uniqueness checks; reports an unknown namespace or one of another region. */
  private static String resolve(Environment env, String reference, ProblemPath path, boolean named, Findings f) {
    Optional<CloudMapNamespace> known = env.namespace(reference);
    java.util.regex.Matcher arn = ARN.matcher(reference);
    if (arn.matches() && !arn.group(1).equals(env.region())) {
      f.add(NAMESPACE_ACCOUNT_REGION, path, "namespace " + reference + " is in region " + arn.group(1)
          + ", not in the service's region " + env.region(), "use a namespace of region " + env.region());
      return reference;
    }
    if (known.isPresent()) {
      CloudMapNamespace ns = known.get();
      if (!ns.region().orElse(env.region()).equals(env.region())) {
        f.add(NAMESPACE_ACCOUNT_REGION, path, "namespace " + ns.name() + " is in region " + ns.region().get()
            + ", not in the service's region " + env.region(), "use a namespace of region " + env.region());
      }
      return ns.name();
    }
    boolean clusterDefault = env.clusters().stream().flatMap(c -> c.serviceConnectDefaults().stream())
        .anyMatch(d -> d.namespace().equals(reference));
    if (named && !clusterDefault) {
      List<String> names = env.namespaces().stream().map(CloudMapNamespace::name).toList();
      f.add(NAMESPACE_UNKNOWN, path, "namespace " + reference + " is neither a namespace of the environment (namespaces: "
          + (names.isEmpty() ? "none" : String.join(", ", names)) + ") nor a cluster's default namespace",
          "add namespace " + reference + " to the environment, or fix the reference");
    }
    return arn.matches() ? arn.group(3) : reference;
  }
}
