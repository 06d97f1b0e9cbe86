package dev.ecsdsl.control.tags;

import dev.ecsdsl.model.Tag;
import dev.ecsdsl.runtime.EcsException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags of clusters, services, task-definition revisions and tasks, by ARN, checked against ECS's tag
 * rules (at most 50 per resource, keys of 1-128 and values of up to 256 characters, no {@code aws:} prefix).
 * Whether the resource exists is the caller's to check.
 */
public final class ResourceTags {
  static final int MAX_TAGS = 50;
  private final Map<String, Map<String, String>> byArn = new HashMap<>();

  /** No tags yet. */
  public ResourceTags() {}

  /**
   * Adds tags, replacing the values of keys already there; nothing changes when one is invalid.
   *
   * @param arn the resource's ARN
   * @param tags the tags to add
   * @throws EcsException InvalidParameterException for a tag ECS refuses
   */
  public void tag(String arn, List<Tag> tags) {
    Map<String, String> next = new LinkedHashMap<>(byArn.getOrDefault(arn, Map.of()));
    for (Tag tag : tags) {
      check(tag);
      next.put(tag.key(), tag.value());
    }
    if (next.size() > MAX_TAGS) {
      throw EcsException.invalidParameter("A resource can have at most " + MAX_TAGS + " tags; this call would"
          + " give it " + next.size() + ".");
    }
    byArn.put(arn, next);
  }

  /**
   * Removes the tags with these keys.
   *
   * @param arn the resource's ARN
   * @param keys the keys of the tags to remove
   */
  public void untag(String arn, List<String> keys) {
    Map<String, String> tags = byArn.get(arn);
    if (tags != null) {
      keys.forEach(tags::remove);
    }
  }

  /**
   * {@return the resource's tags, in the order they were added}
   *
   * @param arn the resource's ARN
   */
  public List<Tag> list(String arn) {
    List<Tag> result = new ArrayList<>();
    byArn.getOrDefault(arn, Map.of()).forEach((key, value) -> result.add(Tag.of(key, value)));
    return result;
  }

  /**
   * Forgets a resource's tags (it was deleted).
   *
   * @param arn the resource's ARN
   */
  public void forget(String arn) {
    byArn.remove(arn);
  }

  /**
   * Checks tags for a resource about to be made, before anything is made.
   *
   * @param tags the tags the call gives
   * @throws EcsException InvalidParameterException for a tag ECS refuses
   */
  public static void check(List<Tag> tags) {
    tags.forEach(ResourceTags::check);
    if (tags.size() > MAX_TAGS) {
      throw EcsException.invalidParameter("A resource can have at most " + MAX_TAGS + " tags, got " + tags.size()
          + ".");
    }
  }

  private static void check(Tag tag) {
    if (tag.key().isEmpty() || tag.key().length() > 128) {
      throw EcsException.invalidParameter("Tag keys must be 1-128 characters long: '" + tag.key() + "'.");
    }
    if (tag.value().length() > 256) {
      throw EcsException.invalidParameter("Tag values can be up to 256 characters long (key " + tag.key() + ").");
    }
    if (tag.key().regionMatches(true, 0, "aws:", 0, 4)) {
      throw EcsException.invalidParameter("Tag keys cannot start with 'aws:', which AWS reserves: " + tag.key()
          + ".");
    }
  }
}
