package dev.ecsdsl.json;

import java.util.Set;

/**
 * How a document spells the members of ECS objects, for documents that carry ECS task definitions and
 * services in another dialect than ECS JSON: CloudFormation's {@code AWS::ECS::TaskDefinition} and
 * {@code AWS::ECS::Service} properties are ECS's members in PascalCase ({@code ContainerDefinitions},
 * {@code PortMappings}), with a few names of their own ({@code PlacementStrategies}, {@code FilesystemId}), and
 * CloudFormation converts scalars ({@code "512"} where a number is due, {@code 256} where a string is).
 * {@link #ECS} is ECS JSON itself. Used by {@link EcsJson#readTree} and {@link EcsJson#writeTree}.
 */
public interface MemberNaming {

  /** ECS JSON: every member as ECS spells it, scalars strictly of their JSON type. */
  MemberNaming ECS = new MemberNaming() {
    @Override
    public String written(String ecsType, String ecsMember) {
      return ecsMember;
    }

    @Override
    public boolean coercesScalars() {
      return false;
    }
  };

  /**
   * {@return how the document writes a member}
   *
   * @param ecsType the ECS name of the object's type, e.g. {@code ContainerDefinition} or
   *     {@code EFSVolumeConfiguration} ({@code RegisterTaskDefinition input} and {@code CreateService input}
   *     for the top level)
   * @param ecsMember the member as ECS JSON spells it, e.g. {@code portMappings}
   */
  String written(String ecsType, String ecsMember);

  /**
   * {@return whether a scalar of the wrong JSON type is converted when its text fits: a whole number in a
   * string where a number is due, a number or boolean where a string is, {@code "true"} where a boolean is}
   */
  boolean coercesScalars();

  /**
   * {@return members the dialect has beyond ECS's in an object of that type, dropped with a warning that
   * they are not simulated (as written)}
   *
   * @param ecsType the ECS name of the object's type
   */
  default Set<String> extraMembers(String ecsType) {
    return Set.of();
  }
}
