package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.TargetGroup;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code Ref} and {@code Fn::GetAtt} answer for each resource, offline: a resource's name is its name
 * property ({@code ClusterName}, {@code Family}, {@code RoleName}, ...) when the template gives one, else the id
 * a template written by ecs-dsl keeps in {@code Metadata.EcsDsl.PhysicalId}, else its logical id (shortened
 * where AWS limits the length, as CloudFormation's generated names are); ARNs are built from it as AWS builds
 * them. Custom resources answer only what the caller supplies. Every value handed out is remembered, so that
 * a mapper can tell which resource a reference (an ARN, an id) designates.
 */
final class PhysicalIds implements Intrinsics.ResourceValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Type → its name property and the longest name AWS allows. */
  private static final Map<String, Object[]> NAMES = Map.ofEntries(
      Map.entry("AWS::ECS::Cluster", new Object[] {"ClusterName", 255}),
      Map.entry("AWS::ECS::TaskDefinition", new Object[] {"Family", 255}),
      Map.entry("AWS::ECS::Service", new Object[] {"ServiceName", 255}),
      Map.entry("AWS::ECS::CapacityProvider", new Object[] {"Name", 255}),
      Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", new Object[] {"Name", 32}),
      Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup", new Object[] {"Name", 32}),
      Map.entry("AWS::ElasticLoadBalancing::LoadBalancer", new Object[] {"LoadBalancerName", 32}),
      Map.entry("AWS::IAM::Role", new Object[] {"RoleName", 64}),
      Map.entry("AWS::IAM::InstanceProfile", new Object[] {"InstanceProfileName", 128}),
      Map.entry("AWS::IAM::ManagedPolicy", new Object[] {"ManagedPolicyName", 128}),
      Map.entry("AWS::IAM::Policy", new Object[] {"PolicyName", 128}),
      Map.entry("AWS::SecretsManager::Secret", new Object[] {"Name", 512}),
      Map.entry("AWS::SSM::Parameter", new Object[] {"Name", 1011}),
      Map.entry("AWS::ECR::Repository", new Object[] {"RepositoryName", 256}),
      Map.entry("AWS::Logs::LogGroup", new Object[] {"LogGroupName", 512}),
      Map.entry("AWS::CloudWatch::Alarm", new Object[] {"AlarmName", 255}),
      Map.entry("AWS::Events::Rule", new Object[] {"Name", 64}),
      Map.entry("AWS::AutoScaling::AutoScalingGroup", new Object[] {"AutoScalingGroupName", 255}),
      Map.entry("AWS::AutoScaling::LaunchConfiguration", new Object[] {"LaunchConfigurationName", 255}),
      Map.entry("AWS::EC2::LaunchTemplate", new Object[] {"LaunchTemplateName", 128}),
      Map.entry("AWS::ApplicationAutoScaling::ScalingPolicy", new Object[] {"PolicyName", 256}));

  private final Template template;
  private final Intrinsics intrinsics;
  private final TemplateOptions options;
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> owners = new HashMap<>();
  private boolean allKnown;

  PhysicalIds(Template template, Intrinsics intrinsics, TemplateOptions options) {
    this.template = template;
    this.intrinsics = intrinsics;
    this.options = options;
  }

  private Pseudo pseudo() {
    return intrinsics.pseudo();
  }

  /** The resource's physical name or id. */
  String name(Template.Resource r) {
    String known = names.get(r.logicalId());
    if (known != null) {
      return known;
    }
    String name = null;
    Object[] property = NAMES.get(r.type());
    if (property != null && r.properties().has((String) property[0])) {
      name = Intrinsics.scalarText(intrinsics.evaluate(r.properties().get((String) property[0]),
          r.path((String) property[0])));
    }
    if (name == null || name.isEmpty()) {
      JsonNode kept = r.metadata().path("EcsDsl").get("PhysicalId");
      name = kept != null && kept.isTextual() ? kept.asText() : generated(r, property == null ? 255 : (int) property[1]);
    }
    names.put(r.logicalId(), name);
    return name;
  }

  private static String generated(Template.Resource r, int max) {
    String id = r.type().equals("AWS::ECR::Repository") ? r.logicalId().toLowerCase(Locale.ROOT) : r.logicalId();
    if (id.length() <= max) {
      return id;
    }
    String hash = hash(id, 8);
    return id.substring(0, max - hash.length() - 1) + "-" + hash;
  }

  /** A stable hex string of {@code length} digits from the text. */
  static String hash(String text, int length) {
    long h = 1125899906842597L;
    for (int i = 0; i < text.length(); i++) {
      h = 31 * h + text.charAt(i);
    }
    String hex = String.format("%016x", h);
    return hex.substring(16 - length);
  }

  /** The logical id of the resource a reference value (an ARN, a name, an id) designates, if any. */
  Optional<Template.Resource> owner(String value) {
    if (!allKnown) {
      allKnown = true;
      for (Template.Resource r : template.resources.values()) {
        try {
          if (intrinsics.created(r)) {
            ref(r, "");
          }
        } catch (TemplateError e) {
          // a resource whose name cannot be known designates nothing
        }
      }
    }
    return Optional.ofNullable(owners.get(value)).map(template.resources::get);
  }

  private JsonNode remember(Template.Resource r, String value) {
    owners.putIfAbsent(value, r.logicalId());
    return TextNode.valueOf(value);
  }

  private String arn(String service, String resource) {
    return "arn:" + pseudo().partition() + ":" + service + ":" + pseudo().region() + ":" + pseudo().accountId() + ":"
        + resource;
  }

  private String iamArn(String resource) {
    return "arn:" + pseudo().partition() + ":iam::" + pseudo().accountId() + ":" + resource;
  }

  /** The task definition's family and revision: resources of one family are revisions in template order. */
  String taskDefinitionRevision(Template.Resource r) {
    String family = name(r);
    int revision = 0;
    for (Template.Resource other : template.resourcesOfType("AWS::ECS::TaskDefinition")) {
      if (intrinsics.created(other) && name(other).equals(family)) {
        revision++;
      }
      if (other == r) {
        break;
      }
    }
    return family + ":" + Math.max(1, revision);
  }

  String loadBalancerFullName(Template.Resource r) {
    String type = Intrinsics.scalarText(r.properties().get("Type"));
    if (type.equals("gateway")) {
      return "gwy/" + name(r) + "/" + hash(r.logicalId(), 16);
    }
    // as the model makes one up (LoadBalancer.arn), so that ARNs read from a template name the model's parts
    String arn = LoadBalancer.builder().name(name(r))
        .type(type.equals("network") ? LoadBalancerType.NETWORK : LoadBalancerType.APPLICATION).build()
        .arn(pseudo().region(), pseudo().accountId());
    return arn.substring(arn.indexOf(":loadbalancer/") + ":loadbalancer/".length());
  }

  String targetGroupArn(Template.Resource r) {
    return TargetGroup.builder().name(name(r)).targetType(dev.ecsdsl.model.TargetType.IP).build()
        .arn(pseudo().region(), pseudo().accountId()).replaceFirst("^arn:aws:", "arn:" + pseudo().partition() + ":");
  }

  /** A listener's ARN as the model makes one up for its load balancer and port ({@code Listener.arn}). */
  private String listenerArn(Template.Resource r) {
    JsonNode lb = r.properties().get("LoadBalancerArn");
    if (lb != null) {
      String lbArn = Intrinsics.scalarText(intrinsics.evaluate(lb, r.path("LoadBalancerArn")));
      int at = lbArn.indexOf(":loadbalancer/");
      if (at >= 0) {
        return partition(listener(r).arn(loadBalancer(lbArn.substring(at + ":loadbalancer/".length())),
            pseudo().region(), pseudo().accountId()));
      }
    }
    return arn("elasticloadbalancing", "listener/app/unknown/" + hash(r.logicalId(), 16) + "/"
        + hash(r.logicalId(), 16));
  }

  /**
   * A listener rule's ARN as the model makes one up for its listener and priority ({@code ListenerRule.arn}), so
   * that what names the rule by {@code Ref} (a service's {@code AdvancedConfiguration.ProductionListenerRule})
   * finds it; a rule whose listener is not a {@code Ref} or {@code Fn::GetAtt} of the template's gets one of its own.
   */
  private String listenerRuleArn(Template.Resource r) {
    JsonNode raw = r.properties().path("ListenerArn");
    JsonNode target = raw.has("Ref") ? raw.get("Ref") : raw.path("Fn::GetAtt").path(0);
    Template.Resource listener = target.isTextual() ? template.resources.get(target.asText()) : null;
    String listenerArn = listener == null || !listener.type().equals("AWS::ElasticLoadBalancingV2::Listener") ? null
        : listenerArn(listener);
    if (listenerArn == null || !listenerArn.contains(":listener/app/") && !listenerArn.contains(":listener/net/")) {
      return arn("elasticloadbalancing", "listener-rule/app/" + hash(r.logicalId(), 16));
    }
    String lbPart = listenerArn.substring(listenerArn.indexOf(":listener/") + ":listener/".length());
    ListenerRule rule = ListenerRule.builder().priority(number(r, "Priority", 1)).build();
    return partition(rule.arn(loadBalancer(lbPart), listener(listener), pseudo().region(), pseudo().accountId()));
  }

  /** The load balancer of {@code app/NAME/ID...} or {@code net/NAME/ID...}, as the model knows it. */
  private static LoadBalancer loadBalancer(String lbPart) {
    String[] parts = lbPart.split("/");
    return LoadBalancer.builder().name(parts.length > 1 ? parts[1] : lbPart)
        .type(parts[0].equals("net") ? LoadBalancerType.NETWORK : LoadBalancerType.APPLICATION).build();
  }

  /** The listener resource's port, as the model knows it. */
  private Listener listener(Template.Resource r) {
    return Listener.builder().port(number(r, "Port", 80)).build();
  }

  /** A number property, or the default the readers use when it is absent or not a number. */
  private int number(Template.Resource r, String property, int absent) {
    JsonNode value = r.properties().get(property);
    try {
      return value == null ? absent
          : Integer.parseInt(Intrinsics.scalarText(intrinsics.evaluate(value, r.path(property))).trim());
    } catch (NumberFormatException e) {
      return absent;
    }
  }

  /** The model's ARN in the stack's partition. */
  private String partition(String arn) {
    return arn.replaceFirst("^arn:aws:", "arn:" + pseudo().partition() + ":");
  }

  String secretArn(Template.Resource r) {
    return arn("secretsmanager", "secret:" + name(r) + "-" + hash(r.logicalId(), 6));
  }

  @Override
  public JsonNode ref(Template.Resource r, String path) {
    if (isCustom(r)) {
      return custom(r, null, path);
    }
    String value = switch (r.type()) {
      case "AWS::ECS::TaskDefinition" -> arn("ecs", "task-definition/" + taskDefinitionRevision(r));
      case "AWS::ECS::Service" -> serviceArn(r);
      case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> arn("elasticloadbalancing", "loadbalancer/"
          + loadBalancerFullName(r));
      case "AWS::ElasticLoadBalancingV2::TargetGroup" -> targetGroupArn(r);
      case "AWS::ElasticLoadBalancingV2::Listener" -> listenerArn(r);
      case "AWS::ElasticLoadBalancingV2::ListenerRule" -> listenerRuleArn(r);
      case "AWS::IAM::ManagedPolicy" -> iamArn("policy/" + name(r));
      case "AWS::SecretsManager::Secret" -> secretArn(r);
      case "AWS::ApplicationAutoScaling::ScalingPolicy" -> arn("autoscaling", "scalingPolicy:" + hash(r.logicalId(), 8)
          + ":resource/ecs/policyName/" + name(r));
      default -> name(r);
    };
    return remember(r, value);
  }

  private String serviceArn(Template.Resource r) {
    JsonNode cluster = r.properties().get("Cluster");
    String clusterName = cluster == null ? "default"
        : dev.ecsdsl.model.Arns.name(Intrinsics.scalarText(intrinsics.evaluate(cluster, r.path("Cluster"))));
    return arn("ecs", "service/" + clusterName + "/" + name(r));
  }

  @Override
  public JsonNode attribute(Template.Resource r, String attribute, String path) {
    if (isCustom(r)) {
      return custom(r, attribute, path);
    }
    JsonNode value = switch (r.type() + "." + attribute) {
      case "AWS::ECS::Cluster.Arn" -> TextNode.valueOf(arn("ecs", "cluster/" + name(r)));
      case "AWS::ECS::TaskDefinition.TaskDefinitionArn", "AWS::ECS::Service.ServiceArn",
          "AWS::ElasticLoadBalancingV2::LoadBalancer.LoadBalancerArn",
          "AWS::ElasticLoadBalancingV2::TargetGroup.TargetGroupArn",
          "AWS::ElasticLoadBalancingV2::Listener.ListenerArn", "AWS::ElasticLoadBalancingV2::ListenerRule.RuleArn",
          "AWS::IAM::ManagedPolicy.PolicyArn", "AWS::SecretsManager::Secret.Id", "AWS::EC2::SecurityGroup.GroupId",
          "AWS::EC2::VPC.VpcId", "AWS::EC2::Subnet.SubnetId", "AWS::EFS::FileSystem.FileSystemId",
          "AWS::EFS::AccessPoint.AccessPointId", "AWS::EC2::LaunchTemplate.LaunchTemplateId",
          "AWS::ApplicationAutoScaling::ScalingPolicy.Arn", "AWS::EFS::MountTarget.Id" -> ref(r, path);
      case "AWS::ECS::Service.Name", "AWS::ElasticLoadBalancingV2::LoadBalancer.LoadBalancerName",
          "AWS::ElasticLoadBalancingV2::TargetGroup.TargetGroupName" -> TextNode.valueOf(name(r));
      case "AWS::ElasticLoadBalancingV2::LoadBalancer.LoadBalancerFullName" ->
          TextNode.valueOf(loadBalancerFullName(r));
      case "AWS::ElasticLoadBalancingV2::LoadBalancer.DNSName", "AWS::ElasticLoadBalancing::LoadBalancer.DNSName" ->
          TextNode.valueOf(name(r).toLowerCase(Locale.ROOT) + "-" + hash(r.logicalId(), 8) + "." + pseudo().region()
              + ".elb.amazonaws.com");
      case "AWS::ElasticLoadBalancingV2::LoadBalancer.CanonicalHostedZoneID",
          "AWS::ElasticLoadBalancing::LoadBalancer.CanonicalHostedZoneNameID" -> TextNode.valueOf("Z0ECSDSL00000");
      case "AWS::ElasticLoadBalancingV2::LoadBalancer.SecurityGroups" -> evaluated(r, "SecurityGroups", NODES.arrayNode());
      case "AWS::ElasticLoadBalancingV2::TargetGroup.TargetGroupFullName" -> TextNode.valueOf(
          targetGroupArn(r).substring(targetGroupArn(r).indexOf("targetgroup/")));
      case "AWS::ElasticLoadBalancingV2::TargetGroup.LoadBalancerArns" -> NODES.arrayNode();
      case "AWS::IAM::Role.Arn" -> TextNode.valueOf(iamArn("role/" + name(r)));
      case "AWS::IAM::Role.RoleId" -> TextNode.valueOf("AROA" + hash(r.logicalId(), 16).toUpperCase(Locale.ROOT));
      case "AWS::IAM::InstanceProfile.Arn" -> TextNode.valueOf(iamArn("instance-profile/" + name(r)));
      case "AWS::SSM::Parameter.Value" -> evaluated(r, "Value", TextNode.valueOf(""));
      case "AWS::SSM::Parameter.Type" -> evaluated(r, "Type", TextNode.valueOf("String"));
      case "AWS::ECR::Repository.Arn" -> TextNode.valueOf(arn("ecr", "repository/" + name(r)));
      case "AWS::ECR::Repository.RepositoryUri" -> TextNode.valueOf(pseudo().accountId() + ".dkr.ecr."
          + pseudo().region() + ".amazonaws.com/" + name(r));
      case "AWS::Logs::LogGroup.Arn" -> TextNode.valueOf(arn("logs", "log-group:" + name(r) + ":*"));
      case "AWS::CloudWatch::Alarm.Arn" -> TextNode.valueOf(arn("cloudwatch", "alarm:" + name(r)));
      case "AWS::Events::Rule.Arn" -> TextNode.valueOf(arn("events", "rule/" + name(r)));
      case "AWS::EC2::LaunchTemplate.LatestVersionNumber", "AWS::EC2::LaunchTemplate.DefaultVersionNumber" ->
          TextNode.valueOf("1");
      case "AWS::EC2::SecurityGroup.VpcId", "AWS::EC2::Subnet.VpcId" -> evaluated(r, "VpcId", TextNode.valueOf(""));
      case "AWS::EC2::VPC.CidrBlock", "AWS::EC2::Subnet.CidrBlock" -> evaluated(r, "CidrBlock",
          TextNode.valueOf("10.0.0.0/16"));
      case "AWS::EC2::VPC.DefaultSecurityGroup" -> TextNode.valueOf(name(r) + "-default");
      case "AWS::EC2::Subnet.AvailabilityZone" -> evaluated(r, "AvailabilityZone", TextNode.valueOf(
          pseudo().region() + "a"));
      case "AWS::EFS::FileSystem.Arn" -> TextNode.valueOf(arn("elasticfilesystem", "file-system/" + name(r)));
      case "AWS::EFS::AccessPoint.Arn" -> TextNode.valueOf(arn("elasticfilesystem", "access-point/" + name(r)));
      default -> null;
    };
    if (value != null) {
      return value;
    }
    if (ResourceTypes.isRead(r.type())) {
      throw new TemplateError(path, TemplateRules.UNRESOLVED_REFERENCE, "Fn::GetAtt " + r.logicalId() + "."
          + attribute + ": ecs-dsl knows no attribute " + attribute + " of " + r.type(),
          "use an attribute CloudFormation documents for " + r.type() + ", or Ref");
    }
    // A resource ECS does not use: its attribute stands in as a readable placeholder.
    return TextNode.valueOf(r.logicalId() + "." + attribute);
  }

  private JsonNode evaluated(Template.Resource r, String property, JsonNode otherwise) {
    JsonNode raw = r.properties().get(property);
    JsonNode value = raw == null ? null : intrinsics.evaluate(raw, r.path(property));
    return value == null ? otherwise : value;
  }

  static boolean isCustom(Template.Resource r) {
    return r.type().startsWith("Custom::") || r.type().equals("AWS::CloudFormation::CustomResource");
  }

  private JsonNode custom(Template.Resource r, String attribute, String path) {
    String key = attribute == null ? r.logicalId() : r.logicalId() + "." + attribute;
    String given = options.attributes().get(key);
    if (given != null) {
      return TextNode.valueOf(given);
    }
    throw new TemplateError(path, TemplateRules.UNKNOWABLE_VALUE, (attribute == null ? "Ref " : "Fn::GetAtt ") + key
        + ": " + r.logicalId() + " is a custom resource (" + r.type() + "); its values come from a Lambda function "
        + "when the stack deploys and cannot be known offline",
        "supply it: --attribute " + key + "=VALUE (TemplateOptions.withAttribute), or put the value in the template");
  }
}
