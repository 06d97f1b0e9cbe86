package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.EcrRepository;
import dev.ecsdsl.model.Effect;
import dev.ecsdsl.model.EfsAccessPoint;
import dev.ecsdsl.model.EfsFileSystem;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.PolicyStatement;
import java.util.Map;

/**
 * What tasks use besides compute: IAM roles (trust, one inline policy with the statements, managed policy ARNs),
 * Secrets Manager secrets (their test values as {@code SecretString}), SSM parameters, ECR repositories (the
 * pushed tags in {@code Metadata.EcsDsl.ImageTags}), EFS file systems with a mount target per subnet and their
 * access points (the model's ids in {@code Metadata.EcsDsl.PhysicalId}).
 */
final class AccessWriter {
  private AccessWriter() {}

  static void write(TemplateOut out) {
    for (IamRole role : out.env.roles()) {
      String id = out.id("Role", role.roleName());
      out.known("role", role.roleName(), TemplateOut.ref(id));
      out.known("role", role.arn(out.env.accountId()), TemplateOut.getAtt(id, "Arn"));
      out.known("roleArn", role.arn(out.env.accountId()), TemplateOut.getAtt(id, "Arn"));
    }
    for (IamRole role : out.env.roles()) {
      String id = out.logicalIdOf("role", role.roleName());
      ObjectNode p = out.resource(id, "AWS::IAM::Role");
      p.put("RoleName", role.roleName());
      ObjectNode trust = p.putObject("AssumeRolePolicyDocument");
      trust.put("Version", "2012-10-17");
      ObjectNode statement = trust.putArray("Statement").addObject();
      statement.put("Effect", "Allow").put("Action", "sts:AssumeRole");
      statement.putObject("Principal").set("Service", TemplateOut.texts(role.trustedServices()));
      if (!role.statements().isEmpty()) {
        ObjectNode policy = p.putArray("Policies").addObject();
        policy.put("PolicyName", "ecs-dsl");
        policy.set("PolicyDocument", document(role));
      }
      if (!role.managedPolicyArns().isEmpty()) {
        p.set("ManagedPolicyArns", TemplateOut.texts(role.managedPolicyArns()));
      }
    }
    for (Map.Entry<String, String> secret : out.env.secrets().entrySet()) {
      String id = out.id("Secret", secret.getKey());
      ObjectNode p = out.resource(id, "AWS::SecretsManager::Secret");
      p.put("Name", secret.getKey()).put("SecretString", secret.getValue());
    }
    for (Map.Entry<String, String> parameter : out.env.ssmParameters().entrySet()) {
      String id = out.id("Parameter", parameter.getKey());
      ObjectNode p = out.resource(id, "AWS::SSM::Parameter");
      p.put("Name", parameter.getKey()).put("Type", "String").put("Value", parameter.getValue());
    }
    for (EcrRepository repository : out.env.ecrRepositories()) {
      String id = out.id("Repository", repository.repositoryName());
      out.resource(id, "AWS::ECR::Repository").put("RepositoryName", repository.repositoryName());
      out.kept(id).set("ImageTags", TemplateOut.texts(repository.imageTags()));
    }
    for (EfsFileSystem fs : out.env.efsFileSystems()) {
      String id = out.id("FileSystem", fs.fileSystemId());
      out.known("fileSystem", fs.fileSystemId(), TemplateOut.ref(id));
      out.resource(id, "AWS::EFS::FileSystem").put("Encrypted", true);
      ObjectNode kept = out.kept(id).put("PhysicalId", fs.fileSystemId());
      fs.requireTransitEncryption().ifPresent(r -> kept.put("RequireTransitEncryption", r));
      for (String subnet : fs.mountTargetSubnets()) {
        ObjectNode mt = out.resource(out.id(id + "MountTarget", subnet), "AWS::EFS::MountTarget");
        mt.set("FileSystemId", TemplateOut.ref(id));
        mt.set("SubnetId", out.value("subnet", subnet));
      }
      for (EfsAccessPoint ap : fs.accessPoints()) {
        String apId = out.id(id + "AccessPoint", ap.accessPointId());
        out.known("accessPoint", ap.accessPointId(), TemplateOut.ref(apId));
        ObjectNode a = out.resource(apId, "AWS::EFS::AccessPoint");
        a.set("FileSystemId", TemplateOut.ref(id));
        ap.rootDirectory().ifPresent(d -> a.putObject("RootDirectory").put("Path", d));
        if (ap.posixUid().isPresent() || ap.posixGid().isPresent()) {
          ObjectNode user = a.putObject("PosixUser");
          ap.posixUid().ifPresent(u -> user.put("Uid", u));
          ap.posixGid().ifPresent(g -> user.put("Gid", g));
        }
        out.kept(apId).put("PhysicalId", ap.accessPointId());
      }
    }
  }

  private static ObjectNode document(IamRole role) {
    ObjectNode document = TemplateOut.NODES.objectNode().put("Version", "2012-10-17");
    ArrayNode statements = document.putArray("Statement");
    for (PolicyStatement s : role.statements()) {
      ObjectNode st = statements.addObject();
      s.sid().ifPresent(sid -> st.put("Sid", sid));
      st.put("Effect", s.effect() == Effect.DENY ? "Deny" : "Allow");
      st.set("Action", TemplateOut.texts(s.actions()));
      st.set("Resource", TemplateOut.texts(s.resources()));
    }
    return document;
  }
}
