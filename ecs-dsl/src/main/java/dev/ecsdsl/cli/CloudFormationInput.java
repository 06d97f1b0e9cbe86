package dev.ecsdsl.cli;

import dev.ecsdsl.cloudformation.CloudFormationException;
import dev.ecsdsl.cloudformation.EcsCloudFormation;
import dev.ecsdsl.cloudformation.TemplateOptions;
import java.io.IOException;

/**
 * A CloudFormation template, JSON or YAML (what {@code cdk synth} writes too): told by a top-level
 * {@code AWSTemplateFormatVersion} or {@code Resources} in the first {@link InputFiles#HEAD_CHARS} characters,
 * read with {@link EcsCloudFormation} with the parameters' defaults, and its environment checked as a whole. Asked
 * before ECS JSON, which takes every file.
 */
final class CloudFormationInput implements InputKind {

  @Override
  public boolean accepts(InputFile file) {
    return EcsCloudFormation.isTemplate(file.head());
  }

  @Override
  public Document read(InputFile file, ReadContext context) throws IOException {
    String text = InputFiles.text(file, EcsCloudFormation.MAX_CHARS);
    try {
      return TemplateDocument.read(file, EcsCloudFormation.read(file.given().toString(), text,
          TemplateOptions.defaults()), context);
    } catch (CloudFormationException e) {
      return TemplateDocument.failed(file, e.problems(), context);
    }
  }
}
