package dev.ecsdsl.control.placement;

import dev.ecsdsl.cql.ClusterQuery;
import dev.ecsdsl.cql.Expression;
import dev.ecsdsl.cql.Subject;
import java.util.Arrays;

/**
 * A parsed {@code memberOf} expression. One that reads only what is fixed at registration
 * (attributes, {@code ec2InstanceId}, {@code agentVersion}, {@code registeredAt}) is <em>static</em>:
 * its answer per instance is computed once and kept. One that reads {@code runningTasksCount},
 * {@code task:group} or {@code agentConnected} is evaluated every time.
 */
final class MemberOf {
  private static final byte UNKNOWN = 0;
  private static final byte MATCH = 1;
  private static final byte NO_MATCH = 2;

  private final ClusterQuery query;
  private final boolean isStatic;
  private byte[] answers = new byte[0];

  MemberOf(String expression) {
    this.query = ClusterQuery.parse(expression);
    this.isStatic = readsOnlyRegistrationFacts(query.expression());
  }

  String expression() {
    return query.source();
  }

  String canonical() {
    return query.canonical();
  }

  boolean isStatic() {
    return isStatic;
  }

  boolean matches(InstanceState instance) {
    if (!isStatic) {
      return query.matches(instance);
    }
    int slot = instance.slot();
    if (slot >= answers.length) {
      answers = Arrays.copyOf(answers, Math.max(slot + 1, answers.length * 2));
    }
    byte answer = answers[slot];
    if (answer == UNKNOWN) {
      answer = query.matches(instance) ? MATCH : NO_MATCH;
      answers[slot] = answer;
    }
    return answer == MATCH;
  }

  private static boolean readsOnlyRegistrationFacts(Expression expression) {
    if (expression instanceof Expression.And and) {
      return readsOnlyRegistrationFacts(and.left()) && readsOnlyRegistrationFacts(and.right());
    }
    if (expression instanceof Expression.Or or) {
      return readsOnlyRegistrationFacts(or.left()) && readsOnlyRegistrationFacts(or.right());
    }
    if (expression instanceof Expression.Not not) {
      return readsOnlyRegistrationFacts(not.operand());
    }
    Subject subject = ((Expression.Condition) expression).subject();
    return subject instanceof Subject.Attribute
        || subject == Subject.Field.EC2_INSTANCE_ID
        || subject == Subject.Field.AGENT_VERSION
        || subject == Subject.Field.REGISTERED_AT;
  }

  @Override
  public String toString() {
    return "memberOf(" + query.source() + ")";
  }
}
