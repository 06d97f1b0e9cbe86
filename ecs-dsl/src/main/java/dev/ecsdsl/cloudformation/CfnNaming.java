package dev.ecsdsl.cloudformation;

import dev.ecsdsl.json.MemberNaming;
import java.util.Map;
import java.util.Set;

/**
 * How CloudFormation spells ECS's members in {@code AWS::ECS::TaskDefinition} and {@code AWS::ECS::Service}
 * properties (and the ECS parameters of {@code AWS::Events::Rule} targets): PascalCase, except
 * {@code PlacementStrategies}, {@code EFSVolumeConfiguration}, {@code FilesystemId}, {@code IAM} and
 * {@code FSxWindowsFileServerVolumeConfiguration}; and it converts scalars ({@code "256"} for a number).
 */
final class CfnNaming implements MemberNaming {
  static final CfnNaming INSTANCE = new CfnNaming();

  private static final Map<String, String> EXCEPTIONS = Map.of(
      "CreateService input.placementStrategy", "PlacementStrategies",
      "Volume.efsVolumeConfiguration", "EFSVolumeConfiguration",
      "Volume.fsxWindowsFileServerVolumeConfiguration", "FSxWindowsFileServerVolumeConfiguration",
      "EFSVolumeConfiguration.fileSystemId", "FilesystemId",
      "EFSAuthorizationConfig.iam", "IAM");
  private static final Map<String, Set<String>> EXTRA = Map.of(
      "CreateService input", Set.of("ForceNewDeployment"));

  private CfnNaming() {}

  @Override
  public String written(String ecsType, String ecsMember) {
    String exception = EXCEPTIONS.get(ecsType + "." + ecsMember);
    if (exception != null) {
      return exception;
    }
    return ecsMember.isEmpty() ? ecsMember : Character.toUpperCase(ecsMember.charAt(0)) + ecsMember.substring(1);
  }

  /**
   * How CloudFormation spells a member whatever type it belongs to (the exceptions are unique by member name), for
   * placing a rule's path, which names members but not their types.
   */
  String writtenInAnyType(String ecsMember) {
    for (Map.Entry<String, String> e : EXCEPTIONS.entrySet()) {
      if (e.getKey().endsWith("." + ecsMember)) {
        return e.getValue();
      }
    }
    return written("", ecsMember);
  }

  @Override
  public boolean coercesScalars() {
    return true;
  }

  @Override
  public Set<String> extraMembers(String ecsType) {
    return EXTRA.getOrDefault(ecsType, Set.of());
  }
}
