package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The pseudo parameters for one read: {@code AWS::Region}, {@code AWS::AccountId}, {@code AWS::StackName},
 * {@code AWS::StackId}, {@code AWS::Partition}, {@code AWS::URLSuffix}, {@code AWS::NotificationARNs} and
 * {@code AWS::NoValue} (null: the property or element is removed).
 *
 * @param region the region
 * @param accountId the account id
 * @param stackName the stack name
 */
record Pseudo(String region, String accountId, String stackName) {

  /** {@return the partition of the region: aws, aws-cn or aws-us-gov} */
  String partition() {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }

  /** The value of the pseudo parameter, or null for {@code AWS::NoValue}. */
  JsonNode value(String name, String path) {
    return switch (name) {
      case "AWS::Region" -> TextNode.valueOf(region);
      case "AWS::AccountId" -> TextNode.valueOf(accountId);
      case "AWS::StackName" -> TextNode.valueOf(stackName);
      case "AWS::StackId" -> TextNode.valueOf("arn:" + partition() + ":cloudformation:" + region + ":" + accountId
          + ":stack/" + stackName + "/" + java.util.UUID.nameUUIDFromBytes(stackName.getBytes(
              java.nio.charset.StandardCharsets.UTF_8)));
      case "AWS::Partition" -> TextNode.valueOf(partition());
      case "AWS::URLSuffix" -> TextNode.valueOf(region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com");
      case "AWS::NotificationARNs" -> JsonNodeFactory.instance.arrayNode();
      case "AWS::NoValue" -> null;
      default -> throw new TemplateError(path, TemplateRules.UNRESOLVED_REFERENCE, "unknown pseudo parameter " + name,
          "use one of AWS::Region, AWS::AccountId, AWS::StackName, AWS::StackId, AWS::Partition, AWS::URLSuffix, "
              + "AWS::NoValue, AWS::NotificationARNs");
    };
  }
}
