package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.EcrRepository;
import dev.ecsdsl.model.EfsAccessPoint;
import dev.ecsdsl.model.EfsFileSystem;

/**
 * What tasks read: {@code AWS::SecretsManager::Secret} (its {@code SecretString}; a generated secret gets a
 * stand-in value), {@code AWS::SSM::Parameter}, {@code AWS::ECR::Repository} (the tags a template written by
 * ecs-dsl lists; otherwise the tags the task definitions pull, assumed pushed), {@code AWS::EFS::FileSystem}
 * with its {@code AWS::EFS::MountTarget}s and {@code AWS::EFS::AccessPoint}s. {@code AWS::Logs::LogGroup}
 * only names log groups for {@code Ref}.
 */
final class DataResources {
  private DataResources() {}

  static void read(ReadContext ctx, ModelParts parts) {
    ctx.each("AWS::SecretsManager::Secret", r -> {
      String name = ctx.ids.name(r);
      String value;
      if (r.properties().has("SecretString")) {
        value = ctx.text(r, "SecretString").orElse("");
      } else {
        value = "generated-" + PhysicalIds.hash(r.logicalId(), 12);
        if (r.properties().has("GenerateSecretString")) {
          ctx.notSimulated(r.path("GenerateSecretString"), "secret " + r.logicalId() + " is generated when the "
              + "stack deploys; it holds the stand-in value '" + value + "' here", "nothing to do");
        }
      }
      parts.secrets.put(name, value);
    });
    ctx.each("AWS::SSM::Parameter", r -> parts.ssmParameters.put(ctx.ids.name(r),
        ctx.text(r, "Value").orElse("")));
    ctx.each("AWS::ECR::Repository", r -> {
      EcrRepository.Builder repository = EcrRepository.builder().repositoryName(ctx.ids.name(r));
      JsonNode tags = r.metadata().path("EcsDsl").get("ImageTags");
      if (tags != null) {
        repository.addAllImageTags(ReadContext.texts(tags, "Resources." + r.logicalId() + ".Metadata.EcsDsl.ImageTags"));
      }
      parts.ecrRepositories.add(repository.build());
    });
    ctx.each("AWS::EFS::FileSystem", r -> {
      EfsFileSystem.Builder fs = EfsFileSystem.builder().fileSystemId(ctx.ids.name(r));
      JsonNode require = r.metadata().path("EcsDsl").get("RequireTransitEncryption");
      if (require != null && require.isBoolean()) {
        fs.requireTransitEncryption(require.booleanValue());
      } else if (r.properties().has("FileSystemPolicy") && ctx.property(r, "FileSystemPolicy").map(
          p -> p.toString().contains("aws:SecureTransport")).orElse(false)) {
        fs.requireTransitEncryption(true);
      }
      parts.fileSystems.put(ctx.ids.name(r), fs);
    });
    ctx.each("AWS::EFS::MountTarget", r -> fileSystem(ctx, parts, r).addMountTargetSubnets(ctx.required(r, "SubnetId")));
    ctx.each("AWS::EFS::AccessPoint", r -> {
      EfsAccessPoint.Builder ap = EfsAccessPoint.builder().accessPointId(ctx.ids.name(r));
      ctx.property(r, "RootDirectory").flatMap(d -> ReadContext.text(d, "Path", r.path("RootDirectory")))
          .ifPresent(ap::rootDirectory);
      ctx.property(r, "PosixUser").ifPresent(u -> {
        ReadContext.integer(u, "Uid", r.path("PosixUser")).ifPresent(ap::posixUid);
        ReadContext.integer(u, "Gid", r.path("PosixUser")).ifPresent(ap::posixGid);
      });
      fileSystem(ctx, parts, r).addAccessPoints(ap.build());
    });
  }

  private static EfsFileSystem.Builder fileSystem(ReadContext ctx, ModelParts parts, Template.Resource r) {
    String id = ctx.required(r, "FileSystemId");
    EfsFileSystem.Builder fs = parts.fileSystems.get(id);
    if (fs == null) {
      ctx.notSimulated(r.path("FileSystemId"), "file system " + id + " is not declared in the template; "
          + r.logicalId() + " makes it known with what it declares", "nothing to do");
      fs = EfsFileSystem.builder().fileSystemId(id);
      parts.fileSystems.put(id, fs);
    }
    return fs;
  }
}
