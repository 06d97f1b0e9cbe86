/**
 * The Amazon ECS <em>Cluster Query Language</em>, the expression language of {@code memberOf} task
 * placement constraints and of container-instance filters.
 *
 * <p>The grammar follows the AWS reference page "Create expressions to define container instances
 * for Amazon ECS tasks",
 * <a href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html">
 * cluster-query-language</a>:
 *
 * <pre>
 * query      = or-expr EOF
 * or-expr    = and-expr { ( "or" | "||" ) and-expr }          (left associative)
 * and-expr   = unary    { ( "and" | "&amp;&amp;" ) unary }          (left associative)
 * unary      = ( "not" | "!" ) unary | primary
 * primary    = "(" or-expr ")" | condition
 * condition  = subject operator [ argument ]
 * subject    = "agentConnected" | "agentVersion" | "ec2InstanceId" | "registeredAt"
 *            | "runningTasksCount" | "task:group" | "attribute:" attribute-name
 * operator   = "==" | "equals" | "!=" | "not_equals" | "&gt;" | "greater_than"
 *            | "&gt;=" | "greater_than_equal" | "&lt;" | "less_than" | "&lt;=" | "less_than_equal"
 *            | "exists" | "!exists" | "not_exists" | "in" | "!in" | "not_in"
 *            | "=~" | "matches" | "!~" | "not_matches"
 * argument   = value | "[" value { "," value } "]"          (a list for in / not_in only)
 * value      = bare-word | "'" { any char but ' } "'" | '"' { any char but " } '"'
 * </pre>
 *
 * <p>Entry point: {@link dev.ecsdsl.cql.ClusterQuery#parse(String)}.
 */
package dev.ecsdsl.cql;
