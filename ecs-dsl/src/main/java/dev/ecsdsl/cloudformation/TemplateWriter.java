package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.ecsdsl.model.Environment;
import java.io.UncheckedIOException;

/**
 * Writes an environment as a YAML template: the network ({@link NetworkWriter}), roles and data
 * ({@link AccessWriter}), load balancing ({@link LoadBalancerWriter}), clusters and capacity
 * ({@link ClusterWriter}), task definitions, services, scaling and schedules ({@link TaskWriter}); the
 * environment's name, region and account in {@code Metadata.EcsDsl}. Intrinsic functions are written in their
 * long form ({@code Ref:}, {@code Fn::GetAtt:}), which every YAML reader keeps; every text value is quoted, so
 * that none reads back as a number, a boolean or a date.
 */
final class TemplateWriter {
  private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .stringQuotingChecker(new KeyQuoting())
      .build());

  /**
   * Quotes every key that is not printable ASCII: SnakeYAML's emitter writes a key holding a line separator
   * (U+2028) as a plain multi-line key, which no YAML reader reads back.
   */
  private static final class KeyQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      return super.needToQuoteName(name) || name.chars().anyMatch(c -> c < 0x20 || c > 0x7e);
    }
  }

  private TemplateWriter() {}

  static String write(Environment environment) {
    TemplateOut out = new TemplateOut(environment);
    out.root.put("AWSTemplateFormatVersion", "2010-09-09");
    out.root.put("Description", "ECS setup " + environment.name() + ", written by ecs-dsl");
    out.root.putObject("Metadata").set("EcsDsl", out.metadata);
    out.metadata.put("Name", environment.name()).put("Region", environment.region())
        .put("AccountId", environment.accountId());
    out.root.set("Parameters", out.parameters);
    out.root.set("Resources", out.resources);
    NetworkWriter.write(out);
    AccessWriter.write(out);
    LoadBalancerWriter loadBalancers = new LoadBalancerWriter();
    loadBalancers.write(out);
    ClusterWriter.write(out);
    TaskWriter.write(out, loadBalancers);
    AlarmWriter.write(out);
    if (out.resources.isEmpty()) {
      out.resources.putObject("EmptyStack").put("Type", "AWS::CloudFormation::WaitConditionHandle");
    }
    try {
      return YAML.writeValueAsString(out.root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
