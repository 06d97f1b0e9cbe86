package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.Effect;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::IAM::Role} (trusted services, inline policies, managed policy ARNs), {@code AWS::IAM::Policy} and
 * {@code AWS::IAM::ManagedPolicy} (their statements join the roles they name, since the evaluator knows only
 * AWS's managed policies by ARN) and {@code AWS::IAM::InstanceProfile} (its role serves the instances of the
 * groups that launch with it). Conditions, {@code NotAction} and {@code NotResource} are not evaluated and
 * are reported as such.
 */
final class IamResources {
  private IamResources() {}

  static void read(ReadContext ctx, ModelParts parts) {
    List<String> customerPolicies = new ArrayList<>();
    ctx.each("AWS::IAM::ManagedPolicy", r -> customerPolicies.add(ctx.ids.ref(r, r.propertiesPath()).asText()));
    ctx.each("AWS::IAM::Role", r -> {
      String name = ctx.ids.name(r);
      IamRole.Builder role = parts.role(name);
      JsonNode trust = ctx.property(r, "AssumeRolePolicyDocument").orElse(null);
      if (trust != null) {
        for (JsonNode statement : statements(trust)) {
          JsonNode service = statement.path("Principal").get("Service");
          if (service != null) {
            role.addAllTrustedServices(service.isArray() ? ReadContext.texts(service, r.path("AssumeRolePolicyDocument"))
                : List.of(service.asText()));
          }
        }
      }
      JsonNode policies = ctx.property(r, "Policies").orElse(null);
      if (policies != null) {
        for (int i = 0; i < policies.size(); i++) {
          role.addAllStatements(statements(ctx, policies.get(i).path("PolicyDocument"),
              r.path("Policies") + "[" + i + "].PolicyDocument"));
        }
      }
      for (String arn : ctx.texts(r, "ManagedPolicyArns")) {
        if (!customerPolicies.contains(arn)) {
          role.addManagedPolicyArns(arn);
        }
      }
    });
    for (String type : List.of("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")) {
      ctx.each(type, r -> {
        List<PolicyStatement> statements = statements(ctx, ctx.property(r, "PolicyDocument").orElse(null),
            r.path("PolicyDocument"));
        List<String> roles = new ArrayList<>(ctx.texts(r, "Roles"));
        if (type.equals("AWS::IAM::ManagedPolicy")) {
          String arn = ctx.ids.ref(r, r.propertiesPath()).asText();
          for (Template.Resource role : ctx.resources("AWS::IAM::Role")) {
            if (ctx.texts(role, "ManagedPolicyArns").contains(arn)) {
              roles.add(ctx.ids.name(role));
            }
          }
        }
        for (String roleName : roles) {
          String name = dev.ecsdsl.model.Arns.name(roleName);
          if (parts.roles.containsKey(name)) {
            parts.role(name).addAllStatements(statements);
          } else {
            ctx.notSimulated(r.path("Roles"), "policy " + r.logicalId() + " is attached to role " + roleName
                + ", which the template does not declare; its statements are not evaluated",
                "declare the role in the template to simulate its permissions");
          }
        }
      });
    }
    ctx.each("AWS::IAM::InstanceProfile", r -> {
      List<String> roles = ctx.texts(r, "Roles");
      if (!roles.isEmpty()) {
        parts.instanceProfileRoles.put(ctx.ids.name(r), roles.get(0));
      }
    });
  }

  private static List<JsonNode> statements(JsonNode document) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode statement = document.get("Statement");
    if (statement != null && statement.isArray()) {
      statement.forEach(out::add);
    } else if (statement != null && statement.isObject()) {
      out.add(statement);
    }
    return out;
  }

  static List<PolicyStatement> statements(ReadContext ctx, JsonNode document, String path) {
    List<PolicyStatement> out = new ArrayList<>();
    if (document == null) {
      return out;
    }
    List<JsonNode> statements = statements(document);
    for (int i = 0; i < statements.size(); i++) {
      JsonNode s = statements.get(i);
      String at = path + ".Statement[" + i + "]";
      for (String unsupported : List.of("Condition", "NotAction", "NotResource", "NotPrincipal")) {
        if (s.has(unsupported)) {
          ctx.notSimulatedOnce("IAM " + unsupported, at + "." + unsupported, unsupported
              + " is not evaluated by ecs-dsl's IAM evaluator", "nothing to do; permissions are decided without it");
        }
      }
      if (!s.has("Action")) {
        continue;
      }
      PolicyStatement.Builder b = PolicyStatement.builder()
          .effect("Deny".equalsIgnoreCase(s.path("Effect").asText()) ? Effect.DENY : Effect.ALLOW)
          .actions(oneOrMany(s.get("Action"), at + ".Action"))
          .resources(s.has("Resource") ? oneOrMany(s.get("Resource"), at + ".Resource") : List.of("*"));
      ReadContext.text(s, "Sid", at).ifPresent(b::sid);
      out.add(b.build());
    }
    return out;
  }

  private static List<String> oneOrMany(JsonNode value, String path) {
    return value.isArray() ? ReadContext.texts(value, path) : List.of(ReadContext.scalar(value, path));
  }
}
