package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJsonException;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.validation.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ECS operations the endpoint serves, each a call on the runtime (never a second store). A call is first read
 * against the operation's input shape in the ECS model ({@link InputCheck}), then by its handler, member by
 * member, before the runtime is asked anything, so a bad call changes nothing. ECS's errors, the runtime's
 * {@link EcsException}s, come back as {@link ApiException}s with ECS's exception name; the validator's problems as
 * {@code ClientException}.
 *
 * <p>The handlers live with their concern ({@link ClusterOperations}, {@link TaskOperations}, ...), each adding
 * its operations to the table. The operations the endpoint leaves out are in {@link LeftOut}, with the reason.
 */
final class Operations {
  private static final Logger LOG = LoggerFactory.getLogger(Operations.class);
  /** The longest message an answer carries (a validation of a big definition can list many problems). */
  private static final int MAX_MESSAGE = 8_000;
  private final ApiModel model = ApiModel.ecs();
  private final References references;
  private final Map<String, Function<Request, ObjectNode>> handlers = new LinkedHashMap<>();

  Operations(EcsRuntime runtime, References references) {
    this.references = references;
    new ClusterOperations(runtime).addTo(handlers);
    new TaskDefinitionOperations(runtime).addTo(handlers);
    new TaskOperations(runtime).addTo(handlers);
    new ServiceOperations(runtime).addTo(handlers);
    new ContainerInstanceOperations(runtime).addTo(handlers);
    new TaggingOperations(runtime).addTo(handlers);
    new AttributeOperations(runtime).addTo(handlers);
    new CapacityProviderOperations(runtime).addTo(handlers);
    new AgentOperations(runtime).addTo(handlers);
    new ServiceDeploymentApi(runtime).addTo(handlers);
    new DaemonTaskDefinitionApi(runtime).addTo(handlers);
    for (String operation : handlers.keySet()) {
      if (model.operation(operation).isEmpty()) {
        throw new IllegalStateException("the ECS model has no operation " + operation);
      }
    }
  }

  /** {@return the operations served, by name} */
  Set<String> names() {
    return Collections.unmodifiableSet(handlers.keySet());
  }

  References references() {
    return references;
  }

  /** Runs one operation; ECS's errors come back as {@link ApiException}s. */
  ObjectNode call(String operation, ObjectNode body) {
    Function<Request, ObjectNode> handler = handlers.get(operation);
    if (handler == null) {
      throw new ApiException("UnknownOperationException", LeftOut.why(operation, model), 400);
    }
    InputCheck.check(model, model.operation(operation).orElseThrow(), body);
    try {
      return handler.apply(new Request(operation, body, references));
    } catch (EcsException e) {
      throw new ApiException(e.errorCode(), clip(e.ecsMessage()), 400);
    } catch (ValidationException | EcsJsonException e) {
      throw ApiException.client(clip(Messages.clean(e.getMessage())));
    } catch (IllegalArgumentException e) {
      LOG.debug("{} refused by the runtime", operation, e);
      throw ApiException.invalidParameter(clip(Messages.clean(e.getMessage())));
    } catch (IllegalStateException e) {
      LOG.debug("{} refused by the runtime", operation, e);
      throw ApiException.client(clip(Messages.clean(e.getMessage())));
    }
  }

  private static String clip(String message) {
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "… ("
        + (message.length() - MAX_MESSAGE) + " more characters)";
  }
}
