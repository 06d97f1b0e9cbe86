package dev.ecsdsl.validation;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.ContainerDependency;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementConstraintType;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules about a task definition as a whole: its family name, its size (task CPU and memory, the Fargate
 * table, the sum of its containers), its containers as a set (names, count, essential, shared host ports,
 * dependency cycles, at most one FireLens log router) and its placement constraints' types.
 */
final class TaskDefinitionRules {
  private TaskDefinitionRules() {}

  private static final String TD_PARAMS =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html";
  private static final String FARGATE_TD =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html";
  private static final String CPU_MEMORY =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html";
  private static final String CONTAINER_DEFINITION =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html";

  /** Doc: Fargate tasks must use the awsvpc network mode. */
  static final Rule FARGATE_REQUIRES_AWSVPC = Rule.error("fargate-requires-awsvpc",
      "A task definition that runs on Fargate must use the awsvpc network mode", FARGATE_TD);

  /** Doc: for Fargate the task-level cpu and memory are required (TaskDefinition.cpu / memory). */
  static final Rule FARGATE_REQUIRES_TASK_SIZE = Rule.error("fargate-requires-task-size",
      "A task definition that runs on Fargate must give the task-level cpu and memory", CPU_MEMORY);

  /**
   * Doc: Fargate accepts only these pairs: 256 → 512/1024/2048; 512 → 1–4 GB; 1024 → 2–8 GB; 2048 → 4–16 GB
   * and 4096 → 8–30 GB in 1 GB steps; 8192 → 16–60 GB in 4 GB steps; 16384 → 32–120 GB in 8 GB steps;
   * Windows needs at least 1 vCPU.
   */
  static final Rule FARGATE_CPU_MEMORY = Rule.error("fargate-cpu-memory-combination",
      "Task cpu and memory must be one of the combinations Fargate supports", CPU_MEMORY);

  /** Doc: cpu is CPU units or "N vCPU", memory is MiB or "N GB"; anything else is rejected. */
  static final Rule TASK_SIZE_UNREADABLE = Rule.error("task-size-unreadable",
      "Task cpu must read as CPU units or 'N vCPU', task memory as MiB or 'N GB'", CPU_MEMORY);

  /** Doc: the total memory reserved for all containers must not exceed the task memory (ContainerDefinition.memory). */
  static final Rule CONTAINER_MEMORY_EXCEEDS_TASK = Rule.error("container-memory-exceeds-task-memory",
      "The containers' memory (hard limit, else reservation) must fit in the task memory", CONTAINER_DEFINITION);

  /** Doc: the total CPU reserved for all containers must not exceed the task cpu (ContainerDefinition.cpu). */
  static final Rule CONTAINER_CPU_EXCEEDS_TASK = Rule.error("container-cpu-exceeds-task-cpu",
      "The containers' cpu must fit in the task cpu", CONTAINER_DEFINITION);

  /** Doc: on EC2 without task-level memory, each container needs memory or memoryReservation. */
  static final Rule EC2_CONTAINER_MEMORY_REQUIRED = Rule.error("ec2-container-memory-required",
      "On EC2 without task memory every container needs memory or memoryReservation", CONTAINER_DEFINITION);

  /** Doc: all tasks must have at least one essential container (ContainerDefinition.essential). */
  static final Rule ESSENTIAL_CONTAINER_REQUIRED = Rule.error("essential-container-required",
      "A task definition needs at least one essential container", CONTAINER_DEFINITION);

  /** Doc: container names identify containers within a task definition (links, dependsOn, load balancers). */
  static final Rule CONTAINER_NAME_UNIQUE = Rule.error("container-name-unique",
      "Container names must be unique within a task definition", CONTAINER_DEFINITION);

  /** Doc: family: up to 255 letters, numbers, hyphens and underscores. */
  static final Rule FAMILY_NAME_FORMAT = Rule.error("family-name-format",
      "The family is 1–255 letters, digits, hyphens and underscores", TD_PARAMS);

  /** Doc: ECS service quota "Containers per task definition": 10. */
  static final Rule MAX_CONTAINERS = Rule.error("max-containers-per-task-definition",
      "A task definition holds at most 10 containers",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html");

  /** Doc: TaskDefinitionPlacementConstraint type: memberOf is the only valid value. */
  static final Rule TASK_PLACEMENT_CONSTRAINT_TYPE = Rule.error("task-placement-constraint-type",
      "Task definition placement constraints can only be memberOf",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinitionPlacementConstraint.html");

  /** Doc: PortMapping: a host port can be used by one mapping only (host and awsvpc share one namespace per task). */
  static final Rule DUPLICATE_HOST_PORT = Rule.error("duplicate-host-port",
      "Two port mappings of a task cannot use the same host port and protocol",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html");

  /** Doc: ContainerDependency: dependencies define start order; a cycle can never start. */
  static final Rule DEPENDS_ON_CYCLE = Rule.error("depends-on-cycle",
      "Container dependencies must not form a cycle",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html");

  /**
   * Doc (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html): a task definition
   * has one FireLens log router, the container with a firelensConfiguration.
   */
  static final Rule FIRELENS_SINGLE_ROUTER = Rule.error("firelens-single-router",
      "At most one container of a task definition has a firelensConfiguration (the log router)",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html");

  private static final String REGISTER =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html";

  /**
   * Doc (RegisterTaskDefinition, pidMode): "On Fargate for Linux containers, the only valid value is task";
   * pidMode "isn't supported for Windows containers on Fargate".
   */
  static final Rule FARGATE_PID_MODE = Rule.error("fargate-pid-mode",
      "On Fargate, pidMode can only be task (and Windows tasks take none)", REGISTER);

  /** Doc (RegisterTaskDefinition, ipcMode): "This parameter is not supported for ... tasks run on Fargate." */
  static final Rule FARGATE_IPC_MODE = Rule.error("fargate-ipc-mode",
      "Tasks run on Fargate take no ipcMode", REGISTER);

  static final List<Rule> RULES = List.of(FARGATE_REQUIRES_AWSVPC, FARGATE_REQUIRES_TASK_SIZE, FARGATE_CPU_MEMORY,
      TASK_SIZE_UNREADABLE, CONTAINER_MEMORY_EXCEEDS_TASK, CONTAINER_CPU_EXCEEDS_TASK, EC2_CONTAINER_MEMORY_REQUIRED,
      ESSENTIAL_CONTAINER_REQUIRED, CONTAINER_NAME_UNIQUE, FAMILY_NAME_FORMAT, MAX_CONTAINERS,
      TASK_PLACEMENT_CONSTRAINT_TYPE, DUPLICATE_HOST_PORT, DEPENDS_ON_CYCLE, FIRELENS_SINGLE_ROUTER, FARGATE_PID_MODE,
      FARGATE_IPC_MODE);

  static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");
  private static final int MAX_CONTAINER_COUNT = 10;

  /** Checks the task definition as a whole. */
  static void check(TaskScope s, Findings f) {
    TaskDefinition td = s.td();
    family(s, f);
    size(s, f);
    containersAsSet(s, f);
    hostPorts(s, f);
    cycles(s, f);
    for (int i = 0; i < td.placementConstraints().size(); i++) {
      PlacementConstraint c = td.placementConstraints().get(i);
      if (c.type() != PlacementConstraintType.MEMBER_OF) {
        f.add(TASK_PLACEMENT_CONSTRAINT_TYPE, s.path().then("placementConstraints", i),
            "placement constraint type " + c.type().ecsName() + " is not allowed in a task definition; only memberOf is",
            "move the " + c.type().ecsName() + " constraint to the service's placementConstraints");
      }
    }
  }

  private static void family(TaskScope s, Findings f) {
    String family = s.td().family();
    if (!NAME.matcher(family).matches()) {
      f.add(FAMILY_NAME_FORMAT, s.path().then("family"),
          "family '" + family + "' must be 1 to 255 letters, digits, hyphens and underscores (it has "
              + family.length() + " characters" + badChars(family) + ")",
          "rename the family to something like '" + sanitize(family) + "'");
    }
  }

  private static void size(TaskScope s, Findings f) {
    TaskDefinition td = s.td();
    Optional<Integer> cpu = td.cpu().flatMap(Units::cpuUnits);
    Optional<Integer> memory = td.memory().flatMap(Units::memoryMiB);
    td.cpu().filter(c -> Units.cpuUnits(c).isEmpty()).ifPresent(c -> f.add(TASK_SIZE_UNREADABLE,
        s.path().then("cpu"), "task cpu '" + c + "' is neither a number of CPU units nor 'N vCPU'",
        "write cpu as CPU units such as \"1024\" or as \"1 vCPU\""));
    td.memory().filter(m -> Units.memoryMiB(m).isEmpty()).ifPresent(m -> f.add(TASK_SIZE_UNREADABLE,
        s.path().then("memory"), "task memory '" + m + "' is neither a number of MiB nor 'N GB'",
        "write memory as MiB such as \"2048\" or as \"2 GB\""));

    if (s.fargate()) {
      if (s.networkMode() != NetworkMode.AWSVPC) {
        f.add(FARGATE_REQUIRES_AWSVPC, s.path().then("networkMode"),
            "networkMode " + (td.networkMode().isPresent() ? s.networkMode().ecsName() : "is not set (bridge)")
                + " cannot run on Fargate; Fargate tasks must use awsvpc",
            "set networkMode to awsvpc");
      }
      List<String> missing = new ArrayList<>();
      if (td.cpu().isEmpty()) {
        missing.add("cpu");
      }
      if (td.memory().isEmpty()) {
        missing.add("memory");
      }
      if (!missing.isEmpty()) {
        f.add(FARGATE_REQUIRES_TASK_SIZE, s.path(),
            "task-level " + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
                + " missing; Fargate needs both task cpu and memory",
            "set task cpu and memory to a Fargate size, e.g. cpu \"256\" and memory \"512\"");
      }
      if (cpu.isPresent() && memory.isPresent()) {
        fargateCombination(s, cpu.get(), memory.get(), f);
      }
      fargateNamespaces(s, f);
    }

    List<ContainerDefinition> containers = td.containerDefinitions();
    if (memory.isPresent()) {
      int sum = 0;
      List<String> parts = new ArrayList<>();
      for (ContainerDefinition c : containers) {
        int m = c.memory().orElse(c.memoryReservation().orElse(0));
        if (m > 0) {
          sum += m;
          parts.add(c.name() + " " + m);
        }
      }
      if (sum > memory.get()) {
        f.add(CONTAINER_MEMORY_EXCEEDS_TASK, s.path().then("memory"),
            "containers reserve " + sum + " MiB (" + String.join(", ", parts) + ") but the task memory is "
                + memory.get() + " MiB",
            "raise task memory to at least " + sum + " MiB or lower the containers' memory");
      }
    }
    if (cpu.isPresent()) {
      int sum = 0;
      List<String> parts = new ArrayList<>();
      for (ContainerDefinition c : containers) {
        if (c.cpu().isPresent()) {
          sum += c.cpu().get();
          parts.add(c.name() + " " + c.cpu().get());
        }
      }
      if (sum > cpu.get()) {
        f.add(CONTAINER_CPU_EXCEEDS_TASK, s.path().then("cpu"),
            "containers reserve " + sum + " CPU units (" + String.join(", ", parts) + ") but the task cpu is "
                + cpu.get() + " units",
            "raise task cpu to at least " + sum + " units or lower the containers' cpu");
      }
    }
    if (s.ec2() && td.memory().isEmpty()) {
      for (ContainerDefinition c : containers) {
        if (c.memory().isEmpty() && c.memoryReservation().isEmpty()) {
          f.add(EC2_CONTAINER_MEMORY_REQUIRED, s.container(c),
              "container " + c.name() + " has neither memory nor memoryReservation and the task has no memory;"
                  + " on EC2 one of them is required",
              "set memoryReservation (soft limit) or memory (hard limit) on container " + c.name()
                  + ", or set task memory");
        }
      }
    }
  }

  private static void fargateNamespaces(TaskScope s, Findings f) {
    TaskDefinition td = s.td();
    td.pidMode().filter(mode -> s.windows() || !mode.equals("task")).ifPresent(mode -> f.add(FARGATE_PID_MODE,
        s.path().then("pidMode"),
        "pidMode " + mode + " is not supported on Fargate; "
            + (s.windows() ? "Windows tasks on Fargate take no pidMode" : "the only valid value there is task"),
        s.windows() ? "remove pidMode" : "set pidMode to task (containers of the task share one process namespace)"
            + " or remove it; host needs the EC2 launch type"));
    td.ipcMode().ifPresent(mode -> f.add(FARGATE_IPC_MODE, s.path().then("ipcMode"),
        "ipcMode " + mode + " is set, but tasks run on Fargate take no ipcMode",
        "remove ipcMode, or run the task on EC2"));
  }

  /** The Fargate memory values (MiB) for a task cpu, empty when the cpu is not a Fargate size. */
  static List<Integer> fargateMemories(int cpu) {
    return switch (cpu) {
      case 256 -> List.of(512, 1024, 2048);
      case 512 -> steps(1024, 4096, 1024);
      case 1024 -> steps(2048, 8192, 1024);
      case 2048 -> steps(4096, 16384, 1024);
      case 4096 -> steps(8192, 30720, 1024);
      case 8192 -> steps(16384, 61440, 4096);
      case 16384 -> steps(32768, 122880, 8192);
      default -> List.of();
    };
  }

  private static List<Integer> steps(int from, int to, int step) {
    List<Integer> values = new ArrayList<>();
    for (int v = from; v <= to; v += step) {
      values.add(v);
    }
    return values;
  }

  private static String describeMemories(int cpu) {
    return switch (cpu) {
      case 256 -> "512, 1024 or 2048 MiB";
      case 512 -> "1024 to 4096 MiB in steps of 1024";
      case 1024 -> "2048 to 8192 MiB in steps of 1024";
      case 2048 -> "4096 to 16384 MiB in steps of 1024";
      case 4096 -> "8192 to 30720 MiB in steps of 1024";
      case 8192 -> "16384 to 61440 MiB in steps of 4096";
      case 16384 -> "32768 to 122880 MiB in steps of 8192";
      default -> "nothing";
    };
  }

  private static void fargateCombination(TaskScope s, int cpu, int memory, Findings f) {
    List<Integer> memories = fargateMemories(cpu);
    if (memories.isEmpty()) {
      f.add(FARGATE_CPU_MEMORY, s.path().then("cpu"),
          "task cpu " + cpu + " is not a Fargate size; Fargate accepts 256, 512, 1024, 2048, 4096, 8192 or 16384"
              + " CPU units",
          "set cpu to " + nearestCpuFor(memory) + ", the Fargate cpu that fits memory " + memory + " MiB");
      return;
    }
    if (!memories.contains(memory)) {
      f.add(FARGATE_CPU_MEMORY, s.path().then("memory"),
          "task memory " + memory + " MiB does not go with cpu " + cpu + " on Fargate; with " + cpu
              + " CPU units Fargate accepts " + describeMemories(cpu),
          "set memory to one of " + describeMemories(cpu) + ", or pick a cpu whose range includes " + memory
              + " MiB");
    }
    if (s.windows() && cpu < 1024) {
      f.add(FARGATE_CPU_MEMORY, s.path().then("cpu"),
          "task cpu " + cpu + " is below 1 vCPU; Windows tasks on Fargate need at least 1024 CPU units",
          "set cpu to 1024 or more");
    }
  }

  private static int nearestCpuFor(int memory) {
    for (int cpu : new int[] {256, 512, 1024, 2048, 4096, 8192, 16384}) {
      if (fargateMemories(cpu).contains(memory)) {
        return cpu;
      }
    }
    return 1024;
  }

  private static void containersAsSet(TaskScope s, Findings f) {
    List<ContainerDefinition> containers = s.td().containerDefinitions();
    if (containers.size() > MAX_CONTAINER_COUNT) {
      f.add(MAX_CONTAINERS, s.path().then("containerDefinitions"),
          "the task definition has " + containers.size() + " containers; ECS allows at most " + MAX_CONTAINER_COUNT,
          "split the containers over several task definitions (and services)");
    }
    if (containers.isEmpty()) {
      f.add(ESSENTIAL_CONTAINER_REQUIRED, s.path().then("containerDefinitions"),
          "the task definition has no containers; it needs at least one essential container",
          "add a container definition");
    } else if (containers.stream().noneMatch(ContainerDefinition::isEssentialOrDefault)) {
      f.add(ESSENTIAL_CONTAINER_REQUIRED, s.path().then("containerDefinitions"),
          (containers.size() == 1 ? "the only container (" + names(containers) + ") is"
              : "all " + containers.size() + " containers (" + names(containers) + ") are")
              + " marked essential=false; a task needs at least one essential container",
          "set essential to true (or leave it out) on the main container");
    }
    Set<String> seen = new HashSet<>();
    for (ContainerDefinition c : containers) {
      if (!seen.add(c.name())) {
        f.add(CONTAINER_NAME_UNIQUE, s.container(c),
            "container name '" + c.name() + "' is used by more than one container of the task definition",
            "give each container its own name");
      }
    }
    List<ContainerDefinition> routers = containers.stream().filter(c -> c.firelensConfiguration().isPresent()).toList();
    if (routers.size() > 1) {
      ContainerDefinition first = routers.get(0);
      for (ContainerDefinition c : routers.subList(1, routers.size())) {
        f.add(FIRELENS_SINGLE_ROUTER, s.container(c).then("firelensConfiguration"),
            "container " + c.name() + " has a firelensConfiguration, but container " + first.name()
                + " is already the task's FireLens log router (routers: " + names(routers) + ")",
            "keep firelensConfiguration on one container only and send the others' logs to it with the"
                + " awsfirelens log driver");
      }
    }
  }

  private static void hostPorts(TaskScope s, Findings f) {
    NetworkMode mode = s.networkMode();
    Map<String, String> used = new HashMap<>();
    for (ContainerDefinition c : s.td().containerDefinitions()) {
      for (int i = 0; i < c.portMappings().size(); i++) {
        PortMapping pm = c.portMappings().get(i);
        Optional<Integer> host = (mode == NetworkMode.AWSVPC || mode == NetworkMode.HOST)
            ? pm.hostPort().filter(p -> p > 0).or(pm::containerPort)
            : pm.hostPort().filter(p -> p > 0);
        if (host.isEmpty()) {
          continue;
        }
        String key = host.get() + "/" + pm.protocolOrDefault().name().toLowerCase();
        String where = "container " + c.name() + " portMappings[" + i + "]";
        String previous = used.putIfAbsent(key, where);
        if (previous != null) {
          f.add(DUPLICATE_HOST_PORT, s.container(c).then("portMappings", i),
              "host port " + key + " is already used by " + previous + "; a task can bind each host port once",
              "use another port for one of the mappings"
                  + (mode == NetworkMode.BRIDGE ? " or leave hostPort out for a dynamic host port" : ""));
        }
      }
    }
  }

  /**
   * Reports each dependency cycle once, starting at its earliest-declared container. One depth-first search
   * over all containers, iterative (a chain of 100,000 dependencies must not overflow the stack), so the check
   * is linear in the containers and dependencies. Self-dependencies have a rule of their own.
   */
  private static void cycles(TaskScope s, Findings f) {
    Map<String, ContainerDefinition> byName = new LinkedHashMap<>();
    for (ContainerDefinition c : s.td().containerDefinitions()) {
      byName.putIfAbsent(c.name(), c);
    }
    Map<String, Integer> order = new HashMap<>();
    for (String name : byName.keySet()) {
      order.put(name, order.size());
    }
    Map<String, Integer> state = new HashMap<>();
    List<String> path = new ArrayList<>();
    Map<String, Integer> onPath = new HashMap<>();
    for (String start : byName.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      List<Iterator<ContainerDependency>> next = new ArrayList<>();
      enter(start, byName, state, path, onPath, next);
      while (!path.isEmpty()) {
        Iterator<ContainerDependency> it = next.get(next.size() - 1);
        String at = path.get(path.size() - 1);
        if (!it.hasNext()) {
          state.put(at, DONE);
          onPath.remove(at);
          path.remove(path.size() - 1);
          next.remove(next.size() - 1);
          continue;
        }
        String to = it.next().containerName();
        if (to.equals(at) || !byName.containsKey(to)) {
          continue;
        }
        Integer index = onPath.get(to);
        if (index != null) {
          reportCycle(s, new ArrayList<>(path.subList(index, path.size())), order, byName, f);
        } else if (!state.containsKey(to)) {
          enter(to, byName, state, path, onPath, next);
        }
      }
    }
  }

  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  private static void enter(String name, Map<String, ContainerDefinition> byName, Map<String, Integer> state,
      List<String> path, Map<String, Integer> onPath, List<Iterator<ContainerDependency>> next) {
    state.put(name, ON_PATH);
    onPath.put(name, path.size());
    path.add(name);
    next.add(byName.get(name).dependsOn().iterator());
  }

  private static void reportCycle(TaskScope s, List<String> cycle, Map<String, Integer> order,
      Map<String, ContainerDefinition> byName, Findings f) {
    int first = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (order.get(cycle.get(i)) < order.get(cycle.get(first))) {
        first = i;
      }
    }
    List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
    rotated.addAll(cycle.subList(0, first));
    rotated.add(rotated.get(0));
    String shown = rotated.size() <= Words.LISTED + 1 ? String.join(" → ", rotated)
        : String.join(" → ", rotated.subList(0, Words.LISTED)) + " → … (" + (rotated.size() - 1) + " containers) → "
            + rotated.get(0);
    f.add(DEPENDS_ON_CYCLE, s.container(byName.get(rotated.get(0))).then("dependsOn"),
        "containers " + shown + " wait for each other in a cycle, so none of them can start",
        "remove one of the dependsOn entries of the cycle");
  }

  static String names(List<ContainerDefinition> containers) {
    return Words.list(containers.stream().map(ContainerDefinition::name).toList());
  }

  static String badChars(String name) {
    String bad = name.chars().filter(ch -> !(Character.isLetterOrDigit(ch) && ch < 128) && ch != '-' && ch != '_')
        .distinct().mapToObj(ch -> "'" + (char) ch + "'").collect(Collectors.joining(" "));
    return bad.isEmpty() ? "" : ", including " + bad;
  }

  static String sanitize(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9_-]", "-");
    if (cleaned.isEmpty()) {
      cleaned = "app";
    }
    return cleaned.length() > 255 ? cleaned.substring(0, 255) : cleaned;
  }
}
