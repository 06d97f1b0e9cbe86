package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.runtime.EcsRuntime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** TagResource, UntagResource and ListTagsForResource: the runtime keeps the tags. */
final class TaggingOperations {
  private final EcsRuntime runtime;

  TaggingOperations(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("TagResource", this::tagResource);
    handlers.put("UntagResource", this::untagResource);
    handlers.put("ListTagsForResource", r -> {
      ObjectNode response = Shapes.object();
      response.set("tags", Shapes.tags(Lookups.tags(runtime, r.requiredString("resourceArn"))));
      return response;
    });
  }

  private ObjectNode tagResource(Request r) {
    String arn = r.requiredString("resourceArn");
    r.require("tags");
    List<Tag> tags = r.values("tags", Tag.class);
    runtime.ecs().tagResource(q -> q.resourceArn(arn).tags(tags));
    return Shapes.object();
  }

  private ObjectNode untagResource(Request r) {
    String arn = r.requiredString("resourceArn");
    List<String> keys = r.requiredStrings("tagKeys");
    runtime.ecs().untagResource(q -> q.resourceArn(arn).tagKeys(keys));
    return Shapes.object();
  }
}
