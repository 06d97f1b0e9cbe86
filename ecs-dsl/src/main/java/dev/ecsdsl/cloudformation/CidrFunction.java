package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code Fn::Cidr [ipBlock, count, cidrBits]}: the first {@code count} IPv4 blocks of {@code 2^cidrBits} addresses. */
final class CidrFunction {
  private CidrFunction() {}

  static JsonNode cidr(ArrayNode args, String path) {
    String block = Intrinsics.scalarText(args.get(0));
    int count;
    int bits;
    try {
      count = Integer.parseInt(Intrinsics.scalarText(args.get(1)).trim());
      bits = Integer.parseInt(Intrinsics.scalarText(args.get(2)).trim());
    } catch (NumberFormatException e) {
      throw new TemplateError(path, TemplateRules.MALFORMED, "Fn::Cidr count and cidrBits must be whole numbers",
          "write [ipBlock, count, cidrBits], e.g. [10.0.0.0/16, 4, 8]");
    }
    String[] parts = block.split("/");
    String[] octets = parts[0].split("\\.");
    if (parts.length != 2 || octets.length != 4 || count < 1 || count > 256 || bits < 1 || bits > 32) {
      throw new TemplateError(path, TemplateRules.MALFORMED, "Fn::Cidr cannot split '" + block + "' into " + count
          + " blocks of " + bits + " host bits", "give an IPv4 CIDR, 1 to 256 blocks and 1 to 32 host bits");
    }
    long base = 0;
    for (String octet : octets) {
      base = base << 8 | Integer.parseInt(octet.trim());
    }
    int prefix = Integer.parseInt(parts[1].trim());
    if (32 - bits < prefix || (1L << (32 - prefix)) < (long) count << bits) {
      throw new TemplateError(path, TemplateRules.MALFORMED, "Fn::Cidr: " + block + " has no room for " + count
          + " blocks of " + bits + " host bits", "ask for fewer or smaller blocks");
    }
    base &= ~((1L << (32 - prefix)) - 1);
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < count; i++) {
      long start = base + ((long) i << bits);
      out.add((start >> 24 & 255) + "." + (start >> 16 & 255) + "." + (start >> 8 & 255) + "." + (start & 255) + "/"
          + (32 - bits));
    }
    return out;
  }
}
