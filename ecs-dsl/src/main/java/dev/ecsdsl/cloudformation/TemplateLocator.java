package dev.ecsdsl.cloudformation;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Volume;
import dev.ecsdsl.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the problems of ECS's rules about a template's environment in the template: a rule's path names model
 * parts ({@code service web → task definition web:1 → container app → portMappings[0]}), each of which a
 * resource of the template made; the resource's properties are ECS's members in CloudFormation's spelling, so
 * the path continues into them ({@code Resources.Task.Properties.ContainerDefinitions[0].PortMappings[0]}) as far
 * as the text has it, and the problem gets that value's line and column (its nearest enclosing value's when a
 * member came from a default or an intrinsic function).
 */
final class TemplateLocator {
  private static final Pattern MEMBER = Pattern.compile("([a-zA-Z][a-zA-Z0-9]*)(\\[\\d+])?");

  private final SourceMap sources;
  /** A model part's label, as rule paths name it ({@code service web}), → the template path of its resource. */
  private final Map<String, String> parts = new HashMap<>();
  /** The template path of a task definition resource → its model value (for container and volume names). */
  private final Map<String, TaskDefinition> taskDefinitions = new HashMap<>();
  /** Template paths of resources whose properties are ECS's members. */
  private final List<String> ecsResources = new ArrayList<>();

  TemplateLocator(SourceMap sources) {
    this.sources = sources;
  }

  /** A resource that made the model part rule paths call {@code label}; ECS resources are walked into. */
  void part(String label, Template.Resource r, boolean ecs) {
    parts.putIfAbsent(label, r.propertiesPath());
    if (ecs) {
      ecsResources.add(r.propertiesPath());
    }
  }

  /** A task definition resource and the task definition it made. */
  void taskDefinition(String label, Template.Resource r, TaskDefinition td) {
    part(label, r, true);
    taskDefinitions.put(r.propertiesPath(), td);
  }

  /** The problems, each at the line and column its path reaches in the template; others as they are. */
  List<Problem> locate(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      out.add(p.location().isPresent() ? p : templatePath(p.path().segments()).flatMap(sources::location)
          .map(p::at).orElse(p));
    }
    return out;
  }

  /** The template path a rule's path reaches, when its first part is one the template made. */
  Optional<String> templatePath(List<String> segments) {
    String at = null;
    for (String segment : segments) {
      String part = parts.get(segment);
      if (part != null) {
        at = part;
      } else if (at == null || !ecsResources.stream().anyMatch(at::startsWith)) {
        continue;
      } else if (segment.startsWith("container ")) {
        at = named(at, "ContainerDefinitions", segment.substring("container ".length()),
            td -> td.containerDefinitions().stream().map(ContainerDefinition::name).toList());
      } else if (segment.startsWith("volume ")) {
        at = named(at, "Volumes", segment.substring("volume ".length()),
            td -> td.volumes().stream().map(Volume::name).toList());
      } else {
        Matcher m = MEMBER.matcher(segment);
        if (!m.matches()) {
          break;
        }
        at = at + "." + CfnNaming.INSTANCE.writtenInAnyType(m.group(1)) + (m.group(2) == null ? "" : m.group(2));
      }
    }
    return Optional.ofNullable(at);
  }

  private String named(String at, String list, String name,
      java.util.function.Function<TaskDefinition, List<String>> names) {
    TaskDefinition td = taskDefinitions.get(at);
    int index = td == null ? -1 : names.apply(td).indexOf(name);
    return index < 0 ? at : at + "." + list + "[" + index + "]";
  }
}
