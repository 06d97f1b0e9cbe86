package dev.ecsdsl.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.TargetGroupTuple;
import dev.ecsdsl.model.TreatMissingData;
import dev.ecsdsl.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * A blue/green service as CloudFormation declares one: {@code AWS::ECS::Service} with {@code DeploymentConfiguration}
 * ({@code Strategy}, {@code BakeTimeInMinutes}, {@code LifecycleHooks}, {@code Alarms} naming an {@code
 * AWS::CloudWatch::Alarm}) and {@code LoadBalancers[].AdvancedConfiguration} (alternate target group, production
 * and test listener rules, role), the production rule forwarding weighted ({@code ForwardConfig}). References are
 * {@code !Ref}s and {@code !GetAtt}s, and they must name the parts the model has.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentconfiguration.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-advancedconfiguration.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-forwardconfig.html
 */
class DeploymentStrategyTemplateTest {
  static final String TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties: {CidrBlock: 10.0.0.0/16}
        SubnetA:
          Type: AWS::EC2::Subnet
          Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a}
        SubnetB:
          Type: AWS::EC2::Subnet
          Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: us-east-1b}
        Cluster:
          Type: AWS::ECS::Cluster
          Properties: {ClusterName: prod}
        Alb:
          Type: AWS::ElasticLoadBalancingV2::LoadBalancer
          Properties: {Name: web-alb, Subnets: [!Ref SubnetA, !Ref SubnetB]}
        Blue:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Properties: {Name: web-blue, TargetType: ip, Port: 80, Protocol: HTTP, VpcId: !Ref Vpc}
        Green:
          Type: AWS::ElasticLoadBalancingV2::TargetGroup
          Properties: {Name: web-green, TargetType: ip, Port: 80, Protocol: HTTP, VpcId: !Ref Vpc}
        Production:
          Type: AWS::ElasticLoadBalancingV2::Listener
          Properties:
            LoadBalancerArn: !Ref Alb
            Port: 80
            Protocol: HTTP
            DefaultActions: [{Type: fixed-response, FixedResponseConfig: {StatusCode: '404'}}]
        ProductionRule:
          Type: AWS::ElasticLoadBalancingV2::ListenerRule
          Properties:
            ListenerArn: !Ref Production
            Priority: 10
            Conditions: [{Field: path-pattern, Values: ['/*']}]
            Actions:
              - Type: forward
                ForwardConfig:
                  TargetGroups:
                    - {TargetGroupArn: !Ref Blue, Weight: 100}
                    - {TargetGroupArn: !Ref Green, Weight: 0}
        Test:
          Type: AWS::ElasticLoadBalancingV2::Listener
          Properties:
            LoadBalancerArn: !Ref Alb
            Port: 8080
            Protocol: HTTP
            DefaultActions: [{Type: fixed-response, FixedResponseConfig: {StatusCode: '404'}}]
        TestRule:
          Type: AWS::ElasticLoadBalancingV2::ListenerRule
          Properties:
            ListenerArn: !GetAtt Test.ListenerArn
            Priority: 10
            Conditions: [{Field: path-pattern, Values: ['/*']}]
            Actions: [{Type: forward, TargetGroupArn: !Ref Green}]
        LoadBalancerRole:
          Type: AWS::IAM::Role
          Properties:
            RoleName: ecsInfrastructureRoleForLoadBalancers
            AssumeRolePolicyDocument:
              Statement: [{Effect: Allow, Principal: {Service: ecs.amazonaws.com}, Action: sts:AssumeRole}]
            ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers]
        HookRole:
          Type: AWS::IAM::Role
          Properties:
            RoleName: ecsLambdaInvokeRole
            AssumeRolePolicyDocument:
              Statement: [{Effect: Allow, Principal: {Service: ecs.amazonaws.com}, Action: sts:AssumeRole}]
            Policies:
              - PolicyName: invoke
                PolicyDocument:
                  Statement: [{Effect: Allow, Action: lambda:InvokeFunction, Resource: 'arn:aws:lambda:*:*:function:*'}]
        Errors:
          Type: AWS::CloudWatch::Alarm
          Properties:
            AlarmName: web-5xx
            Namespace: AWS/ApplicationELB
            MetricName: HTTPCode_Target_5XX_Count
            Dimensions:
              - {Name: LoadBalancer, Value: !GetAtt Alb.LoadBalancerFullName}
              - {Name: TargetGroup, Value: !GetAtt Green.TargetGroupFullName}
            Statistic: Sum
            Period: 60
            EvaluationPeriods: 2
            DatapointsToAlarm: 2
            Threshold: 5
            ComparisonOperator: GreaterThanThreshold
            TreatMissingData: notBreaching
        Web:
          Type: AWS::ECS::TaskDefinition
          Properties:
            Family: web
            RequiresCompatibilities: [FARGATE]
            NetworkMode: awsvpc
            Cpu: '256'
            Memory: '512'
            ContainerDefinitions:
              - {Name: app, Image: 'nginx:1.27', Essential: true, PortMappings: [{ContainerPort: 80}]}
        WebService:
          Type: AWS::ECS::Service
          DependsOn: [ProductionRule, TestRule]
          Properties:
            ServiceName: web
            Cluster: !Ref Cluster
            TaskDefinition: !Ref Web
            DesiredCount: 2
            LaunchType: FARGATE
            DeploymentController: {Type: ECS}
            DeploymentConfiguration:
              Strategy: BLUE_GREEN
              BakeTimeInMinutes: 5
              Alarms: {AlarmNames: [!Ref Errors], Enable: true, Rollback: true}
              LifecycleHooks:
                - HookTargetArn: arn:aws:lambda:us-east-1:123456789012:function:web-smoke-test
                  RoleArn: !GetAtt HookRole.Arn
                  LifecycleStages: [POST_TEST_TRAFFIC_SHIFT]
            NetworkConfiguration:
              AwsvpcConfiguration: {Subnets: [!Ref SubnetA, !Ref SubnetB]}
            LoadBalancers:
              - TargetGroupArn: !Ref Blue
                ContainerName: app
                ContainerPort: 80
                AdvancedConfiguration:
                  AlternateTargetGroupArn: !Ref Green
                  ProductionListenerRule: !Ref ProductionRule
                  TestListenerRule: !Ref TestRule
                  RoleArn: !GetAtt LoadBalancerRole.Arn
      """;

  static Environment read() {
    return EcsCloudFormation.read("bluegreen.yaml", TEMPLATE, TemplateOptions.defaults()).environment();
  }

  @Test
  void theDeploymentStrategyMembersAreReadAsTheServiceHasThem() {
    Service web = read().services().get(0);

    assertThat(web.deploymentConfiguration()).hasValueSatisfying(d -> {
      assertThat(d.strategy()).contains(DeploymentStrategy.BLUE_GREEN);
      assertThat(d.bakeTimeInMinutes()).contains(5);
      assertThat(d.alarms().get().alarmNames()).containsExactly("web-5xx");
      assertThat(d.lifecycleHooks()).singleElement().satisfies(h -> {
        assertThat(h.lifecycleStages()).containsExactly(DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT);
        assertThat(h.roleArn()).contains("arn:aws:iam::123456789012:role/ecsLambdaInvokeRole");
      });
    });
    ServiceLoadBalancer entry = web.loadBalancers().get(0);
    assertThat(entry.advancedConfiguration().get().alternateTargetGroupArn())
        .hasValueSatisfying(arn -> assertThat(arn).contains(":targetgroup/web-green/"));
  }

  @Test
  void theAlarmWithItsDimensionsIsAnAlarmOfTheEnvironment() {
    Environment env = read();

    MetricAlarm alarm = env.alarms().get(0);
    assertThat(alarm.alarmName()).isEqualTo("web-5xx");
    assertThat(alarm.dimensions()).extracting(MetricDimension::name).containsExactly("LoadBalancer", "TargetGroup");
    assertThat(alarm.dimension("LoadBalancer").get()).startsWith("app/web-alb/");
    assertThat(alarm.datapointsToAlarm()).contains(2);
    assertThat(alarm.treatMissingData()).contains(TreatMissingData.NOT_BREACHING);
  }

  @Test
  void aWeightedForwardIsReadWithItsWeights() {
    ListenerRule production = read().loadBalancers().get(0).listeners().get(0).rules().get(0);

    assertThat(production.targetGroupArn()).isEmpty();
    assertThat(production.forwardConfig().get().targetGroups()).extracting(TargetGroupTuple::weightOrDefault)
        .containsExactly(100, 0);
    assertThat(production.targetGroup()).contains("web-blue");
  }

  /** The listener rules the service names by Ref are the rules the environment has: no rule finds a dangling one. */
  @Test
  void theTemplateIsAValidBlueGreenSetup() {
    assertThat(Validator.validate(read()).problems()).isEmpty();
  }

  @Test
  void writingItAndReadingItBackGivesTheSameEnvironment() {
    Environment env = read();
    String written = EcsCloudFormation.write(env);

    assertThat(written).contains("ForwardConfig").contains("AWS::CloudWatch::Alarm").contains("AdvancedConfiguration");
    assertThat(EcsCloudFormation.read("again.yaml", written, TemplateOptions.defaults()).environment()).isEqualTo(env);
  }
}
