package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.EcrImageUri;
import dev.ecsdsl.model.EcrRepository;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IngressRule;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one template: text → sections → checks (parameters, DependsOn, circles, resource types) → each family of
 * resources into model parts → the environment. Every problem is collected; if any is an error, a
 * {@link CloudFormationException} lists them all and nothing is returned.
 */
final class TemplateReader {
  private TemplateReader() {}

  static TemplateImport read(String sourceName, String text, TemplateOptions options) {
    Template template = Template.of(sourceName, TemplateText.parse(sourceName, text));
    Template.Problems problems = new Template.Problems(template.sources);
    transform(template, problems);
    JsonNode kept = template.metadata.path("EcsDsl");
    Pseudo pseudo = new Pseudo(options.region().or(() -> Optional.ofNullable(kept.get("Region")).map(JsonNode::asText))
            .or(() -> regionOfZones(template)).orElse("us-east-1"),
        options.accountId().orElse(kept.path("AccountId").asText("123456789012")),
        options.stackName().orElse(kept.path("Name").asText(stem(sourceName))));
    Parameters parameters = new Parameters(template, options);
    parameters.check().forEach(problems::add);
    DependencyGraph.unknownDependsOn(template).forEach(problems::add);
    DependencyGraph.of(template).cycle().ifPresent(cycle -> problems.error("Resources." + cycle.get(0),
        TemplateRules.CIRCULAR_DEPENDENCY, "Circular dependency between resources: " + cycle,
        "break the circle: one of them must not Ref, Fn::GetAtt, Fn::Sub or DependsOn the next"));
    if (problems.hasErrors()) {
      throw problems.exception(sourceName);
    }
    Intrinsics intrinsics = new Intrinsics(template, parameters, pseudo, options);
    PhysicalIds ids = new PhysicalIds(template, intrinsics, options);
    intrinsics.resourceValues(ids);
    ReadContext ctx = new ReadContext(template, intrinsics, ids, problems, parameters);
    for (Template.Resource r : template.resources.values()) {
      if (!ResourceTypes.isRead(r.type())) {
        TemplateError unknown = ResourceTypes.unknown(r.type(), r.logicalId());
        if (unknown != null) {
          problems.add(unknown);
        } else {
          ctx.ignore(r);
        }
      }
    }
    unusedParameters(template, parameters, problems);
    ModelParts parts = new ModelParts();
    NetworkResources.read(ctx, parts);
    IamResources.read(ctx, parts);
    DataResources.read(ctx, parts);
    LoadBalancerResources.read(ctx, parts);
    ClusterResources.read(ctx, parts);
    TaskResources.read(ctx, parts);
    ScalingResources.read(ctx, parts);
    AlarmResources.read(ctx, parts);
    ScheduleResources.read(ctx, parts);
    Environment environment = assemble(ctx, parts, pseudo, parameters);
    if (problems.hasErrors()) {
      throw problems.exception(sourceName);
    }
    return new TemplateImport(environment, problems.warnings(), ctx.ignored, locator(ctx, parts));
  }

  /** Types of the resources that make a model part, with the word rule paths name the part by. */
  private static final Map<String, String> PART_LABELS = Map.of(
      "AWS::ECS::Cluster", "cluster ",
      "AWS::ElasticLoadBalancingV2::LoadBalancer", "load balancer ",
      "AWS::ElasticLoadBalancing::LoadBalancer", "load balancer ",
      "AWS::ElasticLoadBalancingV2::TargetGroup", "target group ",
      "AWS::CloudWatch::Alarm", "alarm ",
      "AWS::IAM::Role", "role ",
      "AWS::Events::Rule", "scheduled task ");

  /** Which resource made each model part, for placing the rules' problems in the template. */
  private static TemplateLocator locator(ReadContext ctx, ModelParts parts) {
    TemplateLocator locator = new TemplateLocator(ctx.template.sources);
    parts.services.forEach((id, service) -> ctx.template.resource(id)
        .ifPresent(r -> locator.part("service " + service.serviceName(), r, true)));
    parts.taskDefinitionResources.forEach((id, td) -> ctx.template.resource(id)
        .ifPresent(r -> locator.taskDefinition("task definition " + ctx.ids.taskDefinitionRevision(r), r, td)));
    for (Template.Resource r : ctx.template.resources.values()) {
      String label = PART_LABELS.get(r.type());
      if (label != null) {
        try {
          locator.part(label + ctx.ids.name(r), r, false);
        } catch (TemplateError e) {
          // a resource whose name cannot be known offline made no part a rule names
        }
      }
    }
    return locator;
  }

  private static void transform(Template template, Template.Problems problems) {
    JsonNode transform = template.transform;
    if (transform == null) {
      return;
    }
    List<String> names = new ArrayList<>();
    if (transform.isArray()) {
      transform.forEach(t -> names.add(t.asText()));
    } else {
      names.add(transform.asText());
    }
    for (String name : names) {
      if (name.equals("AWS::Serverless-2016-10-31") || name.equals("AWS::LanguageExtensions")) {
        problems.warning("Transform", TemplateRules.TRANSFORM, "transform " + name + " is not run; the "
            + "resources it would add (AWS::Serverless::*) are not ECS resources and are ignored", "nothing to do");
      } else {
        problems.error("Transform", TemplateRules.TRANSFORM, "transform " + name + " is a macro that rewrites the "
            + "template when it deploys; ecs-dsl cannot run it offline",
            "give the processed template (aws cloudformation get-template --template-stage Processed)");
      }
    }
  }

  private static void unusedParameters(Template template, Parameters parameters, Template.Problems problems) {
    template.parameters.fieldNames().forEachRemaining(name -> {
      if (!parameters.known(name) && !template.parameters.path(name).path("Type").asText().startsWith("AWS::SSM::")
          && !template.parameters.path(name).has("Default")) {
        problems.warning("Parameters." + name, TemplateRules.MISSING_PARAMETER, "parameter " + name
            + " has no Default and no value was given; CloudFormation needs one to deploy",
            "--parameter " + name + "=VALUE");
      }
    });
  }

  private static Environment assemble(ReadContext ctx, ModelParts parts, Pseudo pseudo, Parameters parameters) {
    List<String> subnets = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (LoadBalancer.Builder lb : parts.loadBalancers.values()) {
      LoadBalancer built = lb.build();
      subnets.addAll(built.subnets());
      groups.addAll(built.securityGroups());
    }
    for (Service s : parts.services.values()) {
      s.networkConfiguration().ifPresent(n -> {
        subnets.addAll(n.awsvpcConfiguration().subnets());
        groups.addAll(n.awsvpcConfiguration().securityGroups());
      });
    }
    for (ScheduledTask t : parts.scheduledTasks) {
      t.networkConfiguration().ifPresent(n -> {
        subnets.addAll(n.awsvpcConfiguration().subnets());
        groups.addAll(n.awsvpcConfiguration().securityGroups());
      });
    }
    parts.fileSystems.values().forEach(f -> subnets.addAll(f.build().mountTargetSubnets()));
    parts.ingress.values().forEach(rules -> rules.stream().map(IngressRule::sourceSecurityGroup)
        .flatMap(Optional::stream).forEach(groups::add));
    if (!ctx.template.metadata.path("EcsDsl").has("Vpc")) {
      // a template written by ecs-dsl declares its whole network: what it does not declare stays unknown
      Placeholders.complete(ctx, parts, subnets, groups);
    }

    JsonNode kept = ctx.template.metadata.path("EcsDsl");
    Vpc.Builder vpc = Vpc.builder();
    Optional<String> vpcId = parts.vpcId.or(() -> vpcParameter(ctx, parameters))
        .or(() -> Optional.ofNullable(kept.path("Vpc").get("VpcId")).map(JsonNode::asText));
    vpcId.ifPresent(vpc::vpcId);
    parts.vpcCidr.or(() -> Optional.ofNullable(kept.path("Vpc").get("CidrBlock")).map(JsonNode::asText))
        .ifPresent(vpc::cidrBlock);
    vpc.addAllSubnets(parts.subnets.values());
    parts.securityGroups.forEach((id, g) -> vpc.addSecurityGroups(g.ingress(parts.ingress.getOrDefault(id, List.of()))
        .build()));
    Environment.Builder env = Environment.builder().name(pseudo.stackName()).region(pseudo.region())
        .accountId(pseudo.accountId()).vpc(vpc.build());
    parts.roles.values().forEach(r -> env.addRoles(r.build()));
    env.putAllSecrets(parts.secrets).putAllSsmParameters(parts.ssmParameters);
    env.addAllEcrRepositories(repositories(ctx, parts));
    parts.fileSystems.values().forEach(f -> env.addEfsFileSystems(f.build()));
    parts.loadBalancers.values().forEach(lb -> env.addLoadBalancers(lb.build()));
    env.addAllTargetGroups(parts.targetGroups);
    parts.clusters.values().forEach(c -> env.addClusters(c.build()));
    env.addAllTaskDefinitions(parts.taskDefinitions).addAllServices(parts.services.values())
        .addAllScheduledTasks(parts.scheduledTasks).addAllAlarms(parts.alarms);
    return env.build();
  }

  private static Optional<String> vpcParameter(ReadContext ctx, Parameters parameters) {
    for (java.util.Iterator<String> it = ctx.template.parameters.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (parameters.type(name).equals("AWS::EC2::VPC::Id") && parameters.known(name)) {
        return Optional.of(parameters.value(name, "Parameters." + name).asText());
      }
    }
    return Optional.empty();
  }

  /** Repositories; without the tags a template written by ecs-dsl lists, the tags the task definitions pull. */
  private static List<EcrRepository> repositories(ReadContext ctx, ModelParts parts) {
    List<EcrRepository> out = new ArrayList<>();
    for (EcrRepository repository : parts.ecrRepositories) {
      Template.Resource r = ctx.template.resourcesOfType("AWS::ECR::Repository").stream()
          .filter(x -> ctx.ids.name(x).equals(repository.repositoryName())).findFirst().orElse(null);
      if (r == null || r.metadata().path("EcsDsl").has("ImageTags")) {
        out.add(repository);
        continue;
      }
      Set<String> tags = new LinkedHashSet<>();
      for (TaskDefinition td : parts.taskDefinitions) {
        for (ContainerDefinition c : td.containerDefinitions()) {
          EcrImageUri.parse(c.image()).filter(u -> u.repository().equals(repository.repositoryName()))
              .ifPresent(u -> tags.add(u.tag().orElse("latest")));
        }
      }
      if (!tags.isEmpty()) {
        ctx.notSimulated("Resources." + r.logicalId(), "repository " + repository.repositoryName()
            + ": the images the task definitions pull (" + String.join(", ", tags) + ") are assumed pushed",
            "nothing to do; push them before the stack's services start");
      }
      out.add(EcrRepository.builder().from(repository).addAllImageTags(tags).build());
    }
    return out;
  }

  /** The region the subnets' literal zones are in (as {@code cdk synth} writes them), when they agree. */
  private static Optional<String> regionOfZones(Template template) {
    Set<String> regions = new LinkedHashSet<>();
    for (Template.Resource r : template.resourcesOfType("AWS::EC2::Subnet")) {
      JsonNode zone = r.properties().get("AvailabilityZone");
      if (zone != null && zone.isTextual() && zone.asText().matches("[a-z]{2}(-[a-z]+)+-\\d[a-z]")) {
        regions.add(zone.asText().substring(0, zone.asText().length() - 1));
      }
    }
    return regions.size() == 1 ? Optional.of(regions.iterator().next()) : Optional.empty();
  }

  private static String stem(String sourceName) {
    String name = sourceName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem.isEmpty() ? "stack" : stem;
  }
}
