package dev.ecsdsl.control.clusters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecsdsl.model.InstanceType;
import dev.ecsdsl.model.InstanceTypes;
import dev.ecsdsl.runtime.EcsException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The EC2 instance identity document an agent registers with: which instance it is, of what type, where. ECS
 * reads the instance's attributes from it; a document it cannot read is refused before anything is registered.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-identity-documents.html
 *
 * @param instanceId the EC2 instance id, e.g. {@code i-0123456789abcdef0}
 * @param instanceType the instance type, known to {@link InstanceTypes}
 * @param availabilityZone the zone, in the document's region
 * @param region the region
 * @param imageId the AMI id, when the document has one
 * @param architecture {@code x86_64} or {@code arm64}
 */
public record IdentityDocument(String instanceId, InstanceType instanceType, String availabilityZone, String region,
    Optional<String> imageId, String architecture) {
  /** The longest document read; a real one is about 500 bytes. */
  static final int MAX_LENGTH = 16_384;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern INSTANCE_ID = Pattern.compile("i-[0-9a-f]{8,17}");

  /**
   * Reads a document.
   *
   * @param document the JSON text
   * @param expectedRegion the region of the endpoint that was called
   * @return what the document says
   * @throws EcsException InvalidParameterException (or ClientException for a foreign region) naming what is wrong
   */
  public static IdentityDocument parse(String document, String expectedRegion) {
    if (document.length() > MAX_LENGTH) {
      throw EcsException.invalidParameter("instanceIdentityDocument is longer than " + MAX_LENGTH
          + " characters.");
    }
    JsonNode node;
    try {
      node = JSON.readTree(document);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw EcsException.invalidParameter("instanceIdentityDocument is not an instance identity document (a JSON"
          + " object with instanceId, instanceType, availabilityZone and region).");
    }
    String instanceId = text(node, "instanceId");
    if (!INSTANCE_ID.matcher(instanceId).matches()) {
      throw EcsException.invalidParameter("instanceIdentityDocument: instanceId '" + instanceId
          + "' is not an EC2 instance id (i- and 8 or 17 hexadecimal digits).");
    }
    String typeName = text(node, "instanceType");
    InstanceType type = InstanceTypes.find(typeName).orElseThrow(() -> EcsException.invalidParameter(
        "instanceIdentityDocument: unknown instanceType '" + typeName + "'."));
    String region = text(node, "region");
    if (!region.equals(expectedRegion)) {
      throw EcsException.client("The instance identity document is for region " + region + ", not "
          + expectedRegion + ": register the instance with the ECS endpoint of its own region.");
    }
    String zone = text(node, "availabilityZone");
    if (!zone.startsWith(region) || zone.length() == region.length()) {
      throw EcsException.invalidParameter("instanceIdentityDocument: availabilityZone '" + zone
          + "' is not a zone of region " + region + ".");
    }
    String architecture = Optional.ofNullable(node.get("architecture")).filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .orElse(type.cpuArchitecture().ecsName().toLowerCase(Locale.ROOT));
    Optional<String> imageId = Optional.ofNullable(node.get("imageId")).filter(JsonNode::isTextual)
        .map(JsonNode::asText);
    return new IdentityDocument(instanceId, type, zone, region, imageId, architecture);
  }

  private static String text(JsonNode document, String member) {
    JsonNode value = document.get(member);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw EcsException.invalidParameter("instanceIdentityDocument has no " + member + ".");
    }
    return value.asText();
  }
}
