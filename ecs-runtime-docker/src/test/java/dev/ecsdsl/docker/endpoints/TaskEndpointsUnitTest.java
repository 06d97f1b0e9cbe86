package dev.ecsdsl.docker.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskEndpointsUnitTest {
  private static final String TASK = "arn:aws:ecs:eu-west-1:210987654321:task/prod/0123456789abcdef";

  @Test
  void aRoleGivenByNameIsARoleOfTheTasksAccount() {
    assertThat(TaskEndpoints.roleArn("reader", TASK)).isEqualTo("arn:aws:iam::210987654321:role/reader");
    assertThat(TaskEndpoints.roleArn("arn:aws:iam::111122223333:role/x", TASK))
        .isEqualTo("arn:aws:iam::111122223333:role/x");
  }
}
