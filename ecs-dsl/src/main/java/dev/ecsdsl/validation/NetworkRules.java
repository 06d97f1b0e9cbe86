package dev.ecsdsl.validation;

import dev.ecsdsl.model.AwsVpcConfiguration;
import dev.ecsdsl.model.Cidr;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.SecurityGroup;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules about networking: the awsvpc network configuration of services and scheduled tasks (required,
 * subnet and security group counts, references into the VPC), and the VPC's own CIDR blocks.
 */
final class NetworkRules {
  private NetworkRules() {}

  private static final String AWSVPC_CONFIG =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html";
  private static final String CREATE_SERVICE =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html";
  private static final String CREATE_SUBNET =
      "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html";

  /** Doc: networkConfiguration is required for task definitions that use the awsvpc network mode. */
  static final Rule CONFIG_REQUIRED = Rule.error("awsvpc-network-configuration-required",
      "awsvpc tasks need a networkConfiguration with subnets", CREATE_SERVICE);

  /** Doc: the network configuration is only valid for the awsvpc network mode. */
  static final Rule CONFIG_REQUIRES_AWSVPC = Rule.error("network-configuration-requires-awsvpc",
      "A networkConfiguration is only valid for awsvpc task definitions", CREATE_SERVICE);

  /** Doc: subnets are required; there's a limit of 16 subnets per AwsVpcConfiguration. */
  static final Rule SUBNET_COUNT = Rule.error("awsvpc-subnet-count",
      "An awsvpc configuration names 1–16 subnets", AWSVPC_CONFIG);

  /** Doc: there's a limit of 5 security groups per AwsVpcConfiguration. */
  static final Rule SECURITY_GROUP_COUNT = Rule.error("awsvpc-security-group-count",
      "An awsvpc configuration names at most 5 security groups", AWSVPC_CONFIG);

  /** Doc: all specified subnets must be from the same VPC (environment context: the environment's VPC). */
  static final Rule SUBNET_UNKNOWN = Rule.error("subnet-unknown",
      "Subnets must be subnets of the environment's VPC", AWSVPC_CONFIG);

  /** Doc: all specified security groups must be from the same VPC (environment context). */
  static final Rule SECURITY_GROUP_UNKNOWN = Rule.error("security-group-unknown",
      "Security groups must be security groups of the environment's VPC", AWSVPC_CONFIG);

  /** Doc: IPv4 blocks are between a /16 netmask (65,536 addresses) and a /28 netmask (16 addresses). */
  static final Rule CIDR_SIZE = Rule.error("cidr-block-size",
      "VPC and subnet CIDR blocks are IPv4 blocks from /16 to /28", CREATE_SUBNET);

  /** Doc: a subnet's CIDR block is a subset of the VPC's CIDR block. */
  static final Rule SUBNET_IN_VPC = Rule.error("subnet-cidr-in-vpc",
      "A subnet's CIDR block lies inside the VPC's CIDR block", CREATE_SUBNET);

  /** Doc: a subnet CIDR block must not overlap the CIDR block of an existing subnet in the VPC. */
  static final Rule SUBNET_OVERLAP = Rule.error("subnet-cidr-overlap",
      "Subnet CIDR blocks must not overlap", CREATE_SUBNET);

  static final List<Rule> RULES = List.of(CONFIG_REQUIRED, CONFIG_REQUIRES_AWSVPC, SUBNET_COUNT, SECURITY_GROUP_COUNT,
      SUBNET_UNKNOWN, SECURITY_GROUP_UNKNOWN, CIDR_SIZE, SUBNET_IN_VPC, SUBNET_OVERLAP);

  /**
   * Checks the network configuration of a service or scheduled task.
   *
   * @param awsvpc whether its task definition uses awsvpc, when known
   * @param owner e.g. "service web" for messages
   */
  static void checkNetworkConfiguration(Optional<NetworkConfiguration> config, Optional<Boolean> awsvpc,
      ProblemPath path, String owner, Optional<Environment> env, Findings f) {
    if (config.isEmpty()) {
      if (awsvpc.orElse(false)) {
        f.add(CONFIG_REQUIRED, path.then("networkConfiguration"),
            owner + " runs awsvpc tasks but has no networkConfiguration; awsvpc tasks need subnets",
            "set networkConfiguration.awsvpcConfiguration with the task subnets and security groups");
      }
      return;
    }
    ProblemPath at = path.then("networkConfiguration");
    if (!awsvpc.orElse(true)) {
      f.add(CONFIG_REQUIRES_AWSVPC, at,
          owner + " has a networkConfiguration but its task definition does not use awsvpc network mode",
          "remove networkConfiguration or set the task definition's networkMode to awsvpc");
    }
    AwsVpcConfiguration vpc = config.get().awsvpcConfiguration();
    if (vpc.subnets().isEmpty() || vpc.subnets().size() > 16) {
      f.add(SUBNET_COUNT, at.then("subnets"),
          "the awsvpc configuration names " + vpc.subnets().size() + " subnets; it needs 1 to 16",
          vpc.subnets().isEmpty() ? "add the subnets the tasks should run in" : "name at most 16 subnets");
    }
    if (vpc.securityGroups().size() > 5) {
      f.add(SECURITY_GROUP_COUNT, at.then("securityGroups"),
          "the awsvpc configuration names " + vpc.securityGroups().size() + " security groups; ECS allows at most 5",
          "combine rules into at most 5 security groups");
    }
    env.ifPresent(e -> checkReferences(e, vpc.subnets(), vpc.securityGroups(), at, f));
  }

  /** Checks that subnets and security groups (by id or name) exist in the environment's VPC. */
  static void checkReferences(Environment env, List<String> subnets, List<String> securityGroups, ProblemPath path,
      Findings f) {
    Vpc vpc = env.vpc();
    for (int i = 0; i < subnets.size(); i++) {
      String id = subnets.get(i);
      if (vpc.subnet(id).isEmpty()) {
        f.add(SUBNET_UNKNOWN, path.then("subnets", i),
            "subnet " + id + " is not a subnet of VPC " + vpc.vpcId() + " (subnets: "
                + LoadBalancerRules.names(vpc.subnets().stream().map(Subnet::subnetId).toList()) + ")",
            "add subnet " + id + " to the VPC or name one of its subnets");
      }
    }
    for (int i = 0; i < securityGroups.size(); i++) {
      String id = securityGroups.get(i);
      if (vpc.securityGroup(id).isEmpty()) {
        f.add(SECURITY_GROUP_UNKNOWN, path.then("securityGroups", i),
            "security group " + id + " is not a security group of VPC " + vpc.vpcId() + " (security groups: "
                + LoadBalancerRules.names(vpc.securityGroups().stream().map(SecurityGroup::groupId).toList()) + ")",
            "add security group " + id + " to the VPC or name one of its security groups");
      }
    }
  }

  /** Checks the VPC's and subnets' CIDR blocks. */
  static void checkVpc(Environment env, Findings f) {
    Vpc vpc = env.vpc();
    ProblemPath vpcPath = ProblemPath.of("vpc " + vpc.vpcId());
    Optional<Cidr> vpcCidr = cidr(vpc.cidrBlock(), vpcPath.then("cidrBlock"), "VPC " + vpc.vpcId(), f);
    List<Subnet> subnets = vpc.subnets();
    List<Optional<Cidr>> blocks = new ArrayList<>();
    for (Subnet s : subnets) {
      ProblemPath path = vpcPath.then("subnet " + s.subnetId());
      Optional<Cidr> block = cidr(s.cidrBlock(), path.then("cidrBlock"), "subnet " + s.subnetId(), f);
      blocks.add(block);
      if (block.isPresent() && vpcCidr.isPresent() && !vpcCidr.get().contains(block.get())) {
        f.add(SUBNET_IN_VPC, path.then("cidrBlock"),
            "subnet " + s.subnetId() + " has CIDR block " + s.cidrBlock() + ", which is not inside VPC block "
                + vpc.cidrBlock(),
            "choose a CIDR block inside " + vpc.cidrBlock());
      }
    }
    for (int i = 0; i < subnets.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (blocks.get(i).isPresent() && blocks.get(j).isPresent() && blocks.get(i).get().overlaps(blocks.get(j).get())) {
          Subnet s = subnets.get(i);
          Subnet o = subnets.get(j);
          f.add(SUBNET_OVERLAP, vpcPath.then("subnet " + s.subnetId()).then("cidrBlock"),
              "subnet " + s.subnetId() + " (" + s.cidrBlock() + ") overlaps subnet " + o.subnetId() + " ("
                  + o.cidrBlock() + ")",
              "give subnet " + s.subnetId() + " a CIDR block that no other subnet uses");
        }
      }
    }
  }

  private static Optional<Cidr> cidr(String text, ProblemPath path, String what, Findings f) {
    Optional<Cidr> cidr = Cidr.parse(text);
    if (cidr.isEmpty()) {
      f.add(CIDR_SIZE, path, what + " has CIDR block '" + text + "', which is not an IPv4 CIDR block",
          "write the block as a.b.c.d/n, e.g. 10.0.1.0/24");
      return Optional.empty();
    }
    int prefix = cidr.get().prefix();
    if (prefix < 16 || prefix > 28) {
      f.add(CIDR_SIZE, path, what + " has CIDR block " + text + " with prefix /" + prefix
              + "; blocks must be from /16 (65,536 addresses) to /28 (16 addresses)",
          "use a prefix between /16 and /28");
    }
    return cidr;
  }
}
