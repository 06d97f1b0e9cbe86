package dev.ecsdsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArnsTest {

  @ParameterizedTest(name = "{0} names {1}")
  @CsvSource({
      "prod, prod",
      "arn:aws:ecs:eu-west-1:111122223333:cluster/prod, prod",
      "arn:aws:iam::111122223333:role/web-task, web-task",
      "arn:aws:iam::111122223333:role/service-role/web-task, web-task",
      "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/6d0ecf831eec9f09, web",
      "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:3, web:3"})
  void readsTheNameOutOfAnArn(String reference, String name) {
    assertThat(Arns.name(reference)).isEqualTo(name);
  }
}
