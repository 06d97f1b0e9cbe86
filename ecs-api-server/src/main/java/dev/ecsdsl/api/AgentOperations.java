package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.runtime.AccessDeniedException;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.NoUpdateAvailableException;
import java.util.Map;
import java.util.function.Function;

/**
 * The operations only the ECS container agent calls, answered as ECS answers a caller that is not an agent: the
 * simulated agents report their tasks' state inside the runtime, so a state change submitted from outside is refused
 * (AccessDeniedException, as for an IAM principal without the agent's permissions); DiscoverPollEndpoint gives the
 * region's endpoints; UpdateContainerAgent finds the instance and answers that no update is available (every
 * simulated agent runs the current version).
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateContainerAgent.html
 */
final class AgentOperations {
  private final EcsRuntime runtime;

  AgentOperations(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("DiscoverPollEndpoint", this::discoverPollEndpoint);
    handlers.put("UpdateContainerAgent", this::updateContainerAgent);
    for (String submit : new String[] {"SubmitTaskStateChange", "SubmitContainerStateChange",
        "SubmitAttachmentStateChanges"}) {
      handlers.put(submit, r -> {
        throw new AccessDeniedException("ecs:" + submit + " is the Amazon ECS container agent's: the caller is"
            + " not an agent, and ecs-dsl's simulated agents report their tasks' state themselves.");
      });
    }
  }

  private ObjectNode discoverPollEndpoint(Request r) {
    if (r.has("cluster")) {
      Lookups.cluster(runtime, r.cluster());
    }
    String region = r.references().region();
    return Shapes.object().put("endpoint", "https://ecs-a-1." + region + ".amazonaws.com/")
        .put("telemetryEndpoint", "https://ecs-t-1." + region + ".amazonaws.com/")
        .put("serviceConnectEndpoint", "https://ecs-sc." + region + ".api.aws");
  }

  private ObjectNode updateContainerAgent(Request r) {
    String cluster = r.cluster();
    Lookups.cluster(runtime, cluster);
    Lookups.containerInstance(runtime, cluster,
        r.references().containerInstance(cluster, r.requiredString("containerInstance")));
    throw new NoUpdateAvailableException("There is no update available for your container agent.");
  }
}
