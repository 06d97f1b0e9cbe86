package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where in its file the problem of a rule lies. Rules name the parts of the model ({@code task
 * definition web → container app → portMappings[1] → hostPort}); this turns such a path into the JSON path of
 * the document ({@code containerDefinitions[0] → portMappings[2] → hostPort}: containers and volumes by name,
 * list indexes shifted past elements the reader dropped) and reads the document once more, streaming, for the
 * line and column of each path asked (or of its nearest enclosing part found).
 */
final class SourceLocator {
  private static final Pattern INDEXED = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\[(\\d+)]");
  private static final Pattern MEMBER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  /**
   * A named part of the model and the JSON list that holds it: {@code container app} is the element of
   * {@code containerDefinitions} whose name is app.
   *
   * @param prefix the path segment's prefix, e.g. {@code "container "}
   * @param list the JSON member holding the parts
   * @param names the parts' names in model order
   */
  record NamedList(String prefix, String list, List<String> names) {}

  private final JsonSource source;
  private final String documentPrefix;
  private final ProblemPath base;
  private final List<NamedList> named;
  private final Map<ProblemPath, List<Integer>> dropped;

  /**
   * A locator for one document.
   *
   * @param documentPrefix the first segment's prefix of the paths of this document's rules, e.g.
   *     {@code "task definition "}
   * @param base the JSON path of the model value in the document (inside a describe-output wrapper)
   */
  SourceLocator(JsonSource source, String documentPrefix, ProblemPath base, List<NamedList> named,
      Map<ProblemPath, List<Integer>> dropped) {
    this.source = source;
    this.documentPrefix = documentPrefix;
    this.base = base;
    this.named = List.copyOf(named);
    this.dropped = dropped;
  }

  /** The problems, those of this document's rules with their location where it is found. */
  List<Problem> locate(List<Problem> problems) {
    Map<Problem, ProblemPath> wanted = new HashMap<>();
    for (Problem p : problems) {
      if (p.location().isEmpty()) {
        toJson(p.path()).ifPresent(path -> wanted.put(p, path));
      }
    }
    if (wanted.isEmpty()) {
      return problems;
    }
    Map<ProblemPath, SourceLocation> found = find(new HashSet<>(wanted.values()));
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      ProblemPath path = wanted.get(p);
      Optional<SourceLocation> at = Optional.empty();
      for (ProblemPath q = path; q != null && at.isEmpty(); q = parent(q)) {
        at = Optional.ofNullable(found.get(q));
      }
      located.add(at.map(p::at).orElse(p));
    }
    return located;
  }

  /** The JSON path of a rule's path in this document, if the path lies in it. */
  Optional<ProblemPath> toJson(ProblemPath path) {
    List<String> segments = path.segments();
    if (segments.isEmpty() || !segments.get(0).startsWith(documentPrefix)) {
      return Optional.empty();
    }
    ProblemPath json = base;
    for (String segment : segments.subList(1, segments.size())) {
      Optional<String> step = step(json, segment);
      if (step.isEmpty()) {
        if (json.equals(base) && segment.startsWith("task definition ")) {
          return Optional.empty();
        }
        break;
      }
      json = json.then(step.get());
    }
    return Optional.of(json);
  }

  private Optional<String> step(ProblemPath at, String segment) {
    for (NamedList list : named) {
      if (segment.startsWith(list.prefix()) && at.equals(base)) {
        int index = list.names().indexOf(segment.substring(list.prefix().length()));
        return index < 0 ? Optional.empty()
            : Optional.of(list.list() + "[" + jsonIndex(at.then(list.list()), index) + "]");
      }
    }
    Matcher indexed = INDEXED.matcher(segment);
    if (indexed.matches()) {
      String member = indexed.group(1);
      int index = Integer.parseInt(indexed.group(2));
      return Optional.of(member + "[" + jsonIndex(at.then(member), index) + "]");
    }
    return MEMBER.matcher(segment).matches() ? Optional.of(segment) : Optional.empty();
  }

  /** The JSON index of the model's n-th element of a list: n plus the elements dropped before it. */
  private int jsonIndex(ProblemPath list, int modelIndex) {
    int index = modelIndex;
    for (int droppedIndex : dropped.getOrDefault(list, List.of())) {
      if (droppedIndex <= index) {
        index++;
      }
    }
    return index;
  }

  private static ProblemPath parent(ProblemPath path) {
    List<String> segments = path.segments();
    return segments.isEmpty() ? null : ProblemPath.of(segments.subList(0, segments.size() - 1).toArray(String[]::new));
  }

  /** Reads the document once for the locations of the paths (and of every path enclosing one). */
  private Map<ProblemPath, SourceLocation> find(Set<ProblemPath> paths) {
    Set<ProblemPath> prefixes = new HashSet<>();
    for (ProblemPath p : paths) {
      for (ProblemPath q = p; q != null; q = parent(q)) {
        prefixes.add(q);
        Matcher element = q.isRoot() ? null : INDEXED.matcher(q.segments().get(q.segments().size() - 1));
        if (element != null && element.matches()) {
          prefixes.add(parent(q).then(element.group(1)));
        }
      }
    }
    Map<ProblemPath, SourceLocation> found = new HashMap<>();
    try (JsonParser parser = source.open()) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        record(found, ProblemPath.root(), parser.currentTokenLocation());
        walkObject(parser, ProblemPath.root(), prefixes, found);
      }
    } catch (IOException | RuntimeException e) {
      // The document was read before; whatever was found until a fault still helps.
    }
    return found;
  }

  private static void walkObject(JsonParser parser, ProblemPath at, Set<ProblemPath> prefixes,
      Map<ProblemPath, SourceLocation> found) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      ProblemPath member = at.then(Clip.of(parser.currentName()));
      String name = parser.currentName();
      if (prefixes.contains(member)) {
        record(found, member, parser.currentTokenLocation());
      }
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT && prefixes.contains(member)) {
        walkObject(parser, member, prefixes, found);
      } else if (value == JsonToken.START_ARRAY && prefixes.contains(member)) {
        walkArray(parser, at, name, prefixes, found);
      } else {
        parser.skipChildren();
      }
    }
  }

  private static void walkArray(JsonParser parser, ProblemPath at, String name, Set<ProblemPath> prefixes,
      Map<ProblemPath, SourceLocation> found) throws IOException {
    int i = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      ProblemPath element = at.then(name + "[" + i + "]");
      if (prefixes.contains(element)) {
        record(found, element, parser.currentTokenLocation());
        if (parser.currentToken() == JsonToken.START_OBJECT) {
          walkObject(parser, element, prefixes, found);
        } else {
          parser.skipChildren();
        }
      } else {
        parser.skipChildren();
      }
      i++;
    }
  }

  private static void record(Map<ProblemPath, SourceLocation> found, ProblemPath path, JsonLocation at) {
    JsonProblems.location(at).ifPresent(l -> found.putIfAbsent(path, l));
  }
}
