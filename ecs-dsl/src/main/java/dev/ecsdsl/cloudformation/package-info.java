/**
 * CloudFormation templates in and out: {@link dev.ecsdsl.cloudformation.EcsCloudFormation} reads a template
 * (YAML or JSON, as written by hand or by {@code cdk synth}) into the model with
 * {@link dev.ecsdsl.cloudformation.TemplateOptions} for what only an account knows, reporting problems with
 * their template paths ({@link dev.ecsdsl.cloudformation.CloudFormationException}), and writes the model as a
 * template that deploys the same setup.
 */
package dev.ecsdsl.cloudformation;
