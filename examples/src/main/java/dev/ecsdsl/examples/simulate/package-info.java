/**
 * {@code bin/ecs-dsl simulate} and {@code bin/ecs-dsl export}: a CloudFormation template (or CDK's) played on the
 * in-memory runtime with the tour's recorder and report, and a description written as a template.
 */
package dev.ecsdsl.examples.simulate;
