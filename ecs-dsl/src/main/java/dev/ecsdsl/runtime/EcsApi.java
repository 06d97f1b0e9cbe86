package dev.ecsdsl.runtime;

import java.util.function.Consumer;

/**
 * The ECS API of a runtime, in the shape of the AWS SDK for Java v2's {@code EcsClient}: every operation takes a
 * request object, or a {@code Consumer} of its builder, and returns a response object, all named as the SDK names
 * them.
 *
 * <pre>{@code
 * RunTaskResponse run = runtime.ecs().runTask(r -> r.cluster("prod").taskDefinition("worker").count(3));
 * Task task = runtime.ecs().describeTasks(r -> r.cluster("prod").tasks(run.tasks().get(0).taskArn())).task();
 * }</pre>
 *
 * <p>References to clusters, services, tasks and container instances take a name, an id or an ARN, as ECS does. A
 * call that ECS would reject throws the {@link EcsException} ECS names (its {@code errorCode()}) and changes
 * nothing. Lists are not paged: a list call returns every match.
 */
public interface EcsApi {
  /**
   * RegisterTaskDefinition: the definition becomes its family's next revision (validated first; a bad one
   * changes nothing).
   *
   * @param request the request (see {@link RegisterTaskDefinitionRequest})
   * @return the response (see {@link RegisterTaskDefinitionResponse})
   * @throws dev.ecsdsl.validation.ValidationException when the definition has errors
   */
  RegisterTaskDefinitionResponse registerTaskDefinition(RegisterTaskDefinitionRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #registerTaskDefinition(RegisterTaskDefinitionRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.taskDefinition(definition)}
   * @return the response (see {@link RegisterTaskDefinitionResponse})
   */
  default RegisterTaskDefinitionResponse registerTaskDefinition(
      Consumer<RegisterTaskDefinitionRequest.Builder> request) {
    RegisterTaskDefinitionRequest.Builder builder = RegisterTaskDefinitionRequest.builder();
    request.accept(builder);
    return registerTaskDefinition(builder.build());
  }

  /**
   * DescribeTaskDefinition: a revision by family (its latest ACTIVE one), {@code family:revision} or ARN.
   *
   * @param request the request (see {@link DescribeTaskDefinitionRequest})
   * @return the response (see {@link DescribeTaskDefinitionResponse})
   * @throws EcsException {@code ClientException} when there is no such revision
   */
  DescribeTaskDefinitionResponse describeTaskDefinition(DescribeTaskDefinitionRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #describeTaskDefinition(DescribeTaskDefinitionRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.taskDefinition("web:2")}
   * @return the response (see {@link DescribeTaskDefinitionResponse})
   */
  default DescribeTaskDefinitionResponse describeTaskDefinition(
      Consumer<DescribeTaskDefinitionRequest.Builder> request) {
    DescribeTaskDefinitionRequest.Builder builder = DescribeTaskDefinitionRequest.builder();
    request.accept(builder);
    return describeTaskDefinition(builder.build());
  }

  /**
   * ListTaskDefinitions: the ARNs of the revisions with the status asked for (ACTIVE by default), of one
   * family when {@code familyPrefix} is given, by family name and then revision.
   *
   * @param request the request (see {@link ListTaskDefinitionsRequest})
   * @return the response (see {@link ListTaskDefinitionsResponse})
   */
  ListTaskDefinitionsResponse listTaskDefinitions(ListTaskDefinitionsRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #listTaskDefinitions(ListTaskDefinitionsRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.familyPrefix("web").sort(SortOrder.DESC)}
   * @return the response (see {@link ListTaskDefinitionsResponse})
   */
  default ListTaskDefinitionsResponse listTaskDefinitions(Consumer<ListTaskDefinitionsRequest.Builder> request) {
    ListTaskDefinitionsRequest.Builder builder = ListTaskDefinitionsRequest.builder();
    request.accept(builder);
    return listTaskDefinitions(builder.build());
  }

  /**
   * DeregisterTaskDefinition: the revision becomes INACTIVE. Its running tasks and services go on; new tasks,
   * services and service updates with it are refused, and a bare family then means its latest ACTIVE revision.
   *
   * @param request the request (see {@link DeregisterTaskDefinitionRequest})
   * @return the response (see {@link DeregisterTaskDefinitionResponse})
   */
  DeregisterTaskDefinitionResponse deregisterTaskDefinition(DeregisterTaskDefinitionRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #deregisterTaskDefinition(DeregisterTaskDefinitionRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.taskDefinition("web:1")}
   * @return the response (see {@link DeregisterTaskDefinitionResponse})
   */
  default DeregisterTaskDefinitionResponse deregisterTaskDefinition(
      Consumer<DeregisterTaskDefinitionRequest.Builder> request) {
    DeregisterTaskDefinitionRequest.Builder builder = DeregisterTaskDefinitionRequest.builder();
    request.accept(builder);
    return deregisterTaskDefinition(builder.build());
  }

  /**
   * CreateCluster: an empty cluster, with its tags, capacity providers and default strategy. A name that is
   * taken returns the existing cluster, as ECS does (its tags are added). Bad tags or capacity providers change
   * nothing.
   *
   * @param request the request (see {@link CreateClusterRequest})
   * @return the response (see {@link CreateClusterResponse})
   */
  CreateClusterResponse createCluster(CreateClusterRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #createCluster(CreateClusterRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.clusterName("batch")}
   * @return the response (see {@link CreateClusterResponse})
   */
  default CreateClusterResponse createCluster(Consumer<CreateClusterRequest.Builder> request) {
    CreateClusterRequest.Builder builder = CreateClusterRequest.builder();
    request.accept(builder);
    return createCluster(builder.build());
  }

  /**
   * DeleteCluster: refused (ClusterContainsContainerInstancesException, ClusterContainsServicesException,
   * ClusterContainsTasksException) while the cluster has registered instances, active or draining services,
   * or tasks that are not stopped. The cluster is not found afterwards.
   *
   * @param request the request (see {@link DeleteClusterRequest})
   * @return the response (see {@link DeleteClusterResponse})
   */
  DeleteClusterResponse deleteCluster(DeleteClusterRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #deleteCluster(DeleteClusterRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("batch")}
   * @return the response (see {@link DeleteClusterResponse})
   */
  default DeleteClusterResponse deleteCluster(Consumer<DeleteClusterRequest.Builder> request) {
    DeleteClusterRequest.Builder builder = DeleteClusterRequest.builder();
    request.accept(builder);
    return deleteCluster(builder.build());
  }

  /**
   * DescribeClusters: each cluster with its task, service and instance counts; a {@code MISSING} failure for
   * each one not found.
   *
   * @param request the request (see {@link DescribeClustersRequest})
   * @return the response (see {@link DescribeClustersResponse})
   */
  DescribeClustersResponse describeClusters(DescribeClustersRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #describeClusters(DescribeClustersRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.clusters("prod")}
   * @return the response (see {@link DescribeClustersResponse})
   */
  default DescribeClustersResponse describeClusters(Consumer<DescribeClustersRequest.Builder> request) {
    DescribeClustersRequest.Builder builder = DescribeClustersRequest.builder();
    request.accept(builder);
    return describeClusters(builder.build());
  }

  /**
   * ListClusters: the ARNs of every cluster.
   *
   * @param request the request (see {@link ListClustersRequest})
   * @return the response (see {@link ListClustersResponse})
   */
  ListClustersResponse listClusters(ListClustersRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #listClusters(ListClustersRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> {}}
   * @return the response (see {@link ListClustersResponse})
   */
  default ListClustersResponse listClusters(Consumer<ListClustersRequest.Builder> request) {
    ListClustersRequest.Builder builder = ListClustersRequest.builder();
    request.accept(builder);
    return listClusters(builder.build());
  }

  /**
   * PutClusterCapacityProviders: the cluster's capacity providers and default strategy, replaced. A provider
   * that is unknown, or an Auto Scaling group's that belongs to another cluster, or a strategy naming a provider
   * not in the list, is InvalidParameterException; removing a provider that a service or a task still uses is
   * ResourceInUseException. Nothing changes then.
   *
   * @param request the request (see {@link PutClusterCapacityProvidersRequest})
   * @return the response (see {@link PutClusterCapacityProvidersResponse})
   */
  PutClusterCapacityProvidersResponse putClusterCapacityProviders(PutClusterCapacityProvidersRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #putClusterCapacityProviders(PutClusterCapacityProvidersRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").capacityProviders("FARGATE")}
   * @return the response (see {@link PutClusterCapacityProvidersResponse})
   */
  default PutClusterCapacityProvidersResponse putClusterCapacityProviders(
      Consumer<PutClusterCapacityProvidersRequest.Builder> request) {
    PutClusterCapacityProvidersRequest.Builder builder = PutClusterCapacityProvidersRequest.builder();
    request.accept(builder);
    return putClusterCapacityProviders(builder.build());
  }

  /**
   * DescribeCapacityProviders: FARGATE, FARGATE_SPOT and the clusters' Auto Scaling group capacity providers
   * (with their managed scaling); those asked for, or every one.
   *
   * @param request the request (see {@link DescribeCapacityProvidersRequest})
   * @return the response (see {@link DescribeCapacityProvidersResponse})
   */
  DescribeCapacityProvidersResponse describeCapacityProviders(DescribeCapacityProvidersRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #describeCapacityProviders(DescribeCapacityProvidersRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.capacityProviders("FARGATE_SPOT")}
   * @return the response (see {@link DescribeCapacityProvidersResponse})
   */
  default DescribeCapacityProvidersResponse describeCapacityProviders(
      Consumer<DescribeCapacityProvidersRequest.Builder> request) {
    DescribeCapacityProvidersRequest.Builder builder = DescribeCapacityProvidersRequest.builder();
    request.accept(builder);
    return describeCapacityProviders(builder.build());
  }

  /**
   * CreateService on a cluster of the deployed environment; the service scheduler starts at once.
   *
   * @param request the request (see {@link CreateServiceRequest})
   * @return the response (see {@link CreateServiceResponse})
   * @throws dev.ecsdsl.validation.ValidationException when the service, with its task definition, has errors
   */
  CreateServiceResponse createService(CreateServiceRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #createService(CreateServiceRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.service(service)}
   * @return the response (see {@link CreateServiceResponse})
   */
  default CreateServiceResponse createService(Consumer<CreateServiceRequest.Builder> request) {
    CreateServiceRequest.Builder builder = CreateServiceRequest.builder();
    request.accept(builder);
    return createService(builder.build());
  }

  /**
   * UpdateService: desired count, task definition (a new deployment), deployment configuration, placement,
   * health check grace period, or a forced new deployment.
   *
   * @param request the request (see {@link UpdateServiceRequest})
   * @return the response (see {@link UpdateServiceResponse})
   */
  UpdateServiceResponse updateService(UpdateServiceRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #updateService(UpdateServiceRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").service("web").desiredCount(4)}
   * @return the response (see {@link UpdateServiceResponse})
   */
  default UpdateServiceResponse updateService(Consumer<UpdateServiceRequest.Builder> request) {
    UpdateServiceRequest.Builder builder = UpdateServiceRequest.builder();
    request.accept(builder);
    return updateService(builder.build());
  }

  /**
   * DeleteService: refused while the service is scaled above 0 unless {@code force}; its tasks stop, it
   * drains and then becomes INACTIVE.
   *
   * @param request the request (see {@link DeleteServiceRequest})
   * @return the response (see {@link DeleteServiceResponse})
   */
  DeleteServiceResponse deleteService(DeleteServiceRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #deleteService(DeleteServiceRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").service("web").force(true)}
   * @return the response (see {@link DeleteServiceResponse})
   */
  default DeleteServiceResponse deleteService(Consumer<DeleteServiceRequest.Builder> request) {
    DeleteServiceRequest.Builder builder = DeleteServiceRequest.builder();
    request.accept(builder);
    return deleteService(builder.build());
  }

  /**
   * DescribeServices: each service with its deployments and latest events; a {@code MISSING} failure for
   * each one not found.
   *
   * @param request the request (see {@link DescribeServicesRequest})
   * @return the response (see {@link DescribeServicesResponse})
   */
  DescribeServicesResponse describeServices(DescribeServicesRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #describeServices(DescribeServicesRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").services("web")}
   * @return the response (see {@link DescribeServicesResponse})
   */
  default DescribeServicesResponse describeServices(Consumer<DescribeServicesRequest.Builder> request) {
    DescribeServicesRequest.Builder builder = DescribeServicesRequest.builder();
    request.accept(builder);
    return describeServices(builder.build());
  }

  /**
   * ListServices: the ARNs of the cluster's services, in the order they were created.
   *
   * @param request the request (see {@link ListServicesRequest})
   * @return the response (see {@link ListServicesResponse})
   */
  ListServicesResponse listServices(ListServicesRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #listServices(ListServicesRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod")}
   * @return the response (see {@link ListServicesResponse})
   */
  default ListServicesResponse listServices(Consumer<ListServicesRequest.Builder> request) {
    ListServicesRequest.Builder builder = ListServicesRequest.builder();
    request.accept(builder);
    return listServices(builder.build());
  }

  /**
   * RunTask: places and starts up to 10 tasks; tasks that cannot be placed come back as failures with ECS's
   * reasons ({@code RESOURCE:MEMORY}, ...) and a readable explanation each.
   *
   * @param request the request (see {@link RunTaskRequest})
   * @return the response (see {@link RunTaskResponse})
   */
  RunTaskResponse runTask(RunTaskRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #runTask(RunTaskRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").taskDefinition("worker").count(3)}
   * @return the response (see {@link RunTaskResponse})
   */
  default RunTaskResponse runTask(Consumer<RunTaskRequest.Builder> request) {
    RunTaskRequest.Builder builder = RunTaskRequest.builder();
    request.accept(builder);
    return runTask(builder.build());
  }

  /**
   * StartTask: one task on each given container instance; where the task does not fit, a failure.
   *
   * @param request the request (see {@link StartTaskRequest})
   * @return the response (see {@link StartTaskResponse})
   */
  StartTaskResponse startTask(StartTaskRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #startTask(StartTaskRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.cluster("prod").taskDefinition("worker").containerInstances(arn)}
   * @return the response (see {@link StartTaskResponse})
   */
  default StartTaskResponse startTask(Consumer<StartTaskRequest.Builder> request) {
    StartTaskRequest.Builder builder = StartTaskRequest.builder();
    request.accept(builder);
    return startTask(builder.build());
  }

  /**
   * StopTask: asks a task to stop (SIGTERM, then SIGKILL after each container's {@code stopTimeout}).
   *
   * @param request the request (see {@link StopTaskRequest})
   * @return the response (see {@link StopTaskResponse})
   */
  StopTaskResponse stopTask(StopTaskRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #stopTask(StopTaskRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.cluster("prod").task(taskArn).reason("scale down")}
   * @return the response (see {@link StopTaskResponse})
   */
  default StopTaskResponse stopTask(Consumer<StopTaskRequest.Builder> request) {
    StopTaskRequest.Builder builder = StopTaskRequest.builder();
    request.accept(builder);
    return stopTask(builder.build());
  }

  /**
   * DescribeTasks: each task as ECS describes it; a {@code MISSING} failure for each one not found.
   *
   * @param request the request (see {@link DescribeTasksRequest})
   * @return the response (see {@link DescribeTasksResponse})
   */
  DescribeTasksResponse describeTasks(DescribeTasksRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #describeTasks(DescribeTasksRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").tasks(taskArn)}
   * @return the response (see {@link DescribeTasksResponse})
   */
  default DescribeTasksResponse describeTasks(Consumer<DescribeTasksRequest.Builder> request) {
    DescribeTasksRequest.Builder builder = DescribeTasksRequest.builder();
    request.accept(builder);
    return describeTasks(builder.build());
  }

  /**
   * ListTasks: the ARNs of the cluster's tasks that match every filter given, oldest first. As in ECS, only
   * tasks whose desired status is RUNNING are listed unless {@code desiredStatus} says otherwise.
   *
   * @param request the request (see {@link ListTasksRequest})
   * @return the response (see {@link ListTasksResponse})
   */
  ListTasksResponse listTasks(ListTasksRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #listTasks(ListTasksRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").serviceName("web")}
   * @return the response (see {@link ListTasksResponse})
   */
  default ListTasksResponse listTasks(Consumer<ListTasksRequest.Builder> request) {
    ListTasksRequest.Builder builder = ListTasksRequest.builder();
    request.accept(builder);
    return listTasks(builder.build());
  }

  /**
   * DescribeContainerInstances: each instance with its status, agent, attributes and resources; a
   * {@code MISSING} failure for each one not found.
   *
   * @param request the request (see {@link DescribeContainerInstancesRequest})
   * @return the response (see {@link DescribeContainerInstancesResponse})
   */
  DescribeContainerInstancesResponse describeContainerInstances(DescribeContainerInstancesRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #describeContainerInstances(DescribeContainerInstancesRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").containerInstances(arn)}
   * @return the response (see {@link DescribeContainerInstancesResponse})
   */
  default DescribeContainerInstancesResponse describeContainerInstances(
      Consumer<DescribeContainerInstancesRequest.Builder> request) {
    DescribeContainerInstancesRequest.Builder builder = DescribeContainerInstancesRequest.builder();
    request.accept(builder);
    return describeContainerInstances(builder.build());
  }

  /**
   * ListContainerInstances: the ARNs of the cluster's instances with the status asked for (every registered
   * one by default) that match the Cluster Query Language {@code filter}, if given.
   *
   * @param request the request (see {@link ListContainerInstancesRequest})
   * @return the response (see {@link ListContainerInstancesResponse})
   */
  ListContainerInstancesResponse listContainerInstances(ListContainerInstancesRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #listContainerInstances(ListContainerInstancesRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.cluster("prod").status(ContainerInstanceStatus.DRAINING)}
   * @return the response (see {@link ListContainerInstancesResponse})
   */
  default ListContainerInstancesResponse listContainerInstances(
      Consumer<ListContainerInstancesRequest.Builder> request) {
    ListContainerInstancesRequest.Builder builder = ListContainerInstancesRequest.builder();
    request.accept(builder);
    return listContainerInstances(builder.build());
  }

  /**
   * UpdateContainerInstancesState: the instances become ACTIVE or DRAINING (their service tasks are replaced
   * elsewhere; standalone tasks are left alone).
   *
   * @param request the request (see {@link UpdateContainerInstancesStateRequest})
   * @return the response (see {@link UpdateContainerInstancesStateResponse})
   */
  UpdateContainerInstancesStateResponse updateContainerInstancesState(UpdateContainerInstancesStateRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #updateContainerInstancesState(UpdateContainerInstancesStateRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.cluster("prod").containerInstances(arn).status(ContainerInstanceStatus.DRAINING)}
   * @return the response (see {@link UpdateContainerInstancesStateResponse})
   */
  default UpdateContainerInstancesStateResponse updateContainerInstancesState(
      Consumer<UpdateContainerInstancesStateRequest.Builder> request) {
    UpdateContainerInstancesStateRequest.Builder builder = UpdateContainerInstancesStateRequest.builder();
    request.accept(builder);
    return updateContainerInstancesState(builder.build());
  }

  /**
   * DeleteTaskDefinitions: INACTIVE revisions become DELETE_IN_PROGRESS (tasks and services that use them go on;
   * no new task, service or deployment may use them); an ACTIVE or unknown revision is a failure.
   * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteTaskDefinitions.html
   *
   * @param request the request (see {@link DeleteTaskDefinitionsRequest})
   * @return the response (see {@link DeleteTaskDefinitionsResponse})
   */
  DeleteTaskDefinitionsResponse deleteTaskDefinitions(DeleteTaskDefinitionsRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #deleteTaskDefinitions(DeleteTaskDefinitionsRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.taskDefinitions("web:1")}
   * @return the response (see {@link DeleteTaskDefinitionsResponse})
   */
  default DeleteTaskDefinitionsResponse deleteTaskDefinitions(Consumer<DeleteTaskDefinitionsRequest.Builder> request) {
    DeleteTaskDefinitionsRequest.Builder builder = DeleteTaskDefinitionsRequest.builder();
    request.accept(builder);
    return deleteTaskDefinitions(builder.build());
  }

  /**
   * RegisterContainerInstance, as the ECS container agent calls it when an EC2 instance joins a cluster: the
   * instance is ACTIVE at once, with ECS's attributes from its identity document ({@code ecs.availability-zone},
   * {@code ecs.instance-type}, {@code ecs.ami-id}, {@code ecs.os-type}, {@code ecs.cpu-architecture}), its
   * resources, and the ENIs its type allows awsvpc tasks; tasks waiting for room are placed. Registering again with
   * the {@code containerInstanceArn} it was given returns the same instance.
   * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterContainerInstance.html
   *
   * @param request the request (see {@link RegisterContainerInstanceRequest})
   * @return the response (see {@link RegisterContainerInstanceResponse})
   */
  RegisterContainerInstanceResponse registerContainerInstance(RegisterContainerInstanceRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #registerContainerInstance(RegisterContainerInstanceRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").instanceIdentityDocument(json)}
   * @return the response (see {@link RegisterContainerInstanceResponse})
   */
  default RegisterContainerInstanceResponse registerContainerInstance(
      Consumer<RegisterContainerInstanceRequest.Builder> request) {
    RegisterContainerInstanceRequest.Builder builder = RegisterContainerInstanceRequest.builder();
    request.accept(builder);
    return registerContainerInstance(builder.build());
  }

  /**
   * DeregisterContainerInstance. Without {@code force}, an instance that still runs tasks is refused; with
   * it, its tasks keep running on the host but ECS no longer tracks them.
   *
   * @param request the request (see {@link DeregisterContainerInstanceRequest})
   * @return the response (see {@link DeregisterContainerInstanceResponse})
   */
  DeregisterContainerInstanceResponse deregisterContainerInstance(DeregisterContainerInstanceRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #deregisterContainerInstance(DeregisterContainerInstanceRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.cluster("prod").containerInstance(arn).force(true)}
   * @return the response (see {@link DeregisterContainerInstanceResponse})
   */
  default DeregisterContainerInstanceResponse deregisterContainerInstance(
      Consumer<DeregisterContainerInstanceRequest.Builder> request) {
    DeregisterContainerInstanceRequest.Builder builder = DeregisterContainerInstanceRequest.builder();
    request.accept(builder);
    return deregisterContainerInstance(builder.build());
  }

  /**
   * PutAttributes: custom attributes of container instances, which placement's {@code memberOf} expressions
   * and {@code spread} then see. All or nothing: a bad attribute or unknown target (TargetNotFoundException)
   * changes nothing.
   *
   * @param request the request (see {@link PutAttributesRequest})
   * @return the response (see {@link PutAttributesResponse})
   */
  PutAttributesResponse putAttributes(PutAttributesRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #putAttributes(PutAttributesRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.cluster("prod").attributes(new Attribute("stack", "blue", arn))}
   * @return the response (see {@link PutAttributesResponse})
   */
  default PutAttributesResponse putAttributes(Consumer<PutAttributesRequest.Builder> request) {
    PutAttributesRequest.Builder builder = PutAttributesRequest.builder();
    request.accept(builder);
    return putAttributes(builder.build());
  }

  /**
   * DeleteAttributes: removes custom attributes (all or nothing, as PutAttributes).
   *
   * @param request the request (see {@link DeleteAttributesRequest})
   * @return the response (see {@link DeleteAttributesResponse})
   */
  DeleteAttributesResponse deleteAttributes(DeleteAttributesRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #deleteAttributes(DeleteAttributesRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.cluster("prod").attributes(new Attribute("stack", "blue", arn))}
   * @return the response (see {@link DeleteAttributesResponse})
   */
  default DeleteAttributesResponse deleteAttributes(Consumer<DeleteAttributesRequest.Builder> request) {
    DeleteAttributesRequest.Builder builder = DeleteAttributesRequest.builder();
    request.accept(builder);
    return deleteAttributes(builder.build());
  }

  /**
   * ListAttributes: the attributes, ECS's and custom, of the cluster's registered container instances.
   *
   * @param request the request (see {@link ListAttributesRequest})
   * @return the response (see {@link ListAttributesResponse})
   */
  ListAttributesResponse listAttributes(ListAttributesRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #listAttributes(ListAttributesRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").attributeName("stack")}
   * @return the response (see {@link ListAttributesResponse})
   */
  default ListAttributesResponse listAttributes(Consumer<ListAttributesRequest.Builder> request) {
    ListAttributesRequest.Builder builder = ListAttributesRequest.builder();
    request.accept(builder);
    return listAttributes(builder.build());
  }

  /**
   * TagResource on a cluster, service, task definition revision or task (by ARN).
   *
   * @param request the request (see {@link TagResourceRequest})
   * @return the response (see {@link TagResourceResponse})
   */
  TagResourceResponse tagResource(TagResourceRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #tagResource(TagResourceRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.resourceArn(arn).tags(Tag.of("team", "shop"))}
   * @return the response (see {@link TagResourceResponse})
   */
  default TagResourceResponse tagResource(Consumer<TagResourceRequest.Builder> request) {
    TagResourceRequest.Builder builder = TagResourceRequest.builder();
    request.accept(builder);
    return tagResource(builder.build());
  }

  /**
   * UntagResource: removes the tags with these keys.
   *
   * @param request the request (see {@link UntagResourceRequest})
   * @return the response (see {@link UntagResourceResponse})
   */
  UntagResourceResponse untagResource(UntagResourceRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #untagResource(UntagResourceRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.resourceArn(arn).tagKeys("team")}
   * @return the response (see {@link UntagResourceResponse})
   */
  default UntagResourceResponse untagResource(Consumer<UntagResourceRequest.Builder> request) {
    UntagResourceRequest.Builder builder = UntagResourceRequest.builder();
    request.accept(builder);
    return untagResource(builder.build());
  }

  /**
   * ListTagsForResource: the resource's tags, in the order they were added.
   *
   * @param request the request (see {@link ListTagsForResourceRequest})
   * @return the response (see {@link ListTagsForResourceResponse})
   */
  ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #listTagsForResource(ListTagsForResourceRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.resourceArn(arn)}
   * @return the response (see {@link ListTagsForResourceResponse})
   */
  default ListTagsForResourceResponse listTagsForResource(Consumer<ListTagsForResourceRequest.Builder> request) {
    ListTagsForResourceRequest.Builder builder = ListTagsForResourceRequest.builder();
    request.accept(builder);
    return listTagsForResource(builder.build());
  }
}
