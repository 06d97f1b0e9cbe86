'use strict';
// A CDK app with the ECS shapes teams use: a VPC, a cluster with an Auto Scaling group capacity provider,
// a Fargate service behind an ALB with auto scaling, an EC2 service with placement constraints, an EFS
// volume and a scheduled task. Synthesized offline by the test (cdk.json supplies the context).
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const ecsPatterns = require('aws-cdk-lib/aws-ecs-patterns');
const efs = require('aws-cdk-lib/aws-efs');
const autoscaling = require('aws-cdk-lib/aws-autoscaling');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ShopStack', { env: { account: '123456789012', region: 'eu-west-1' } });

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });
const cluster = new ecs.Cluster(stack, 'Cluster', { vpc, clusterName: 'shop' });

const asg = new autoscaling.AutoScalingGroup(stack, 'Workers', {
  vpc,
  instanceType: new ec2.InstanceType('m5.large'),
  machineImage: ecs.EcsOptimizedImage.amazonLinux2023(),
  minCapacity: 2,
  maxCapacity: 4,
});
const provider = new ecs.AsgCapacityProvider(stack, 'WorkersProvider', {
  autoScalingGroup: asg,
  enableManagedTerminationProtection: false,
});
cluster.addAsgCapacityProvider(provider);

const web = new ecsPatterns.ApplicationLoadBalancedFargateService(stack, 'Web', {
  cluster,
  serviceName: 'web',
  desiredCount: 2,
  minHealthyPercent: 100,
  circuitBreaker: { rollback: true },
  cpu: 256,
  memoryLimitMiB: 512,
  taskImageOptions: { image: ecs.ContainerImage.fromRegistry('nginx:1.27'), containerPort: 80 },
  publicLoadBalancer: true,
});
web.targetGroup.configureHealthCheck({ path: '/', healthyThresholdCount: 2 });
const scaling = web.service.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 6 });
scaling.scaleOnRequestCount('Requests', { requestsPerTarget: 500, targetGroup: web.targetGroup });
scaling.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 });

const fileSystem = new efs.FileSystem(stack, 'Shared', { vpc, removalPolicy: cdk.RemovalPolicy.DESTROY });
const orders = new ecs.Ec2TaskDefinition(stack, 'Orders');
orders.addVolume({ name: 'shared', efsVolumeConfiguration: { fileSystemId: fileSystem.fileSystemId } });
const worker = orders.addContainer('worker', {
  image: ecs.ContainerImage.fromRegistry('example/orders:1'),
  memoryReservationMiB: 256,
  logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'orders' }),
});
worker.addMountPoints({ sourceVolume: 'shared', containerPath: '/data', readOnly: false });
new ecs.Ec2Service(stack, 'OrdersService', {
  cluster,
  serviceName: 'orders',
  taskDefinition: orders,
  desiredCount: 3,
  minHealthyPercent: 50,
  circuitBreaker: { rollback: true },
  placementConstraints: [ecs.PlacementConstraint.distinctInstances()],
  placementStrategies: [ecs.PlacementStrategy.spreadAcross(ecs.BuiltInAttributes.AVAILABILITY_ZONE)],
  capacityProviderStrategies: [{ capacityProvider: provider.capacityProviderName, weight: 1 }],
});

const report = new ecs.FargateTaskDefinition(stack, 'Report', { cpu: 256, memoryLimitMiB: 512 });
report.addContainer('report', { image: ecs.ContainerImage.fromRegistry('example/report:1') });
new ecsPatterns.ScheduledFargateTask(stack, 'NightlyReport', {
  cluster,
  scheduledFargateTaskDefinitionOptions: { taskDefinition: report },
  schedule: appscaling.Schedule.cron({ minute: '0', hour: '2' }),
});

app.synth();
