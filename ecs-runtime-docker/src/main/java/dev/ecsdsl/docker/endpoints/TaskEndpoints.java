package dev.ecsdsl.docker.endpoints;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.docker.http.LocalHttpServer;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task metadata endpoint v4 and the task role credentials endpoint of one run, as the ECS agent serves
 * them to the tasks of its instance: one small HTTP server, listening on the run network's gateway (the
 * host's address on it, so nothing outside the machine reaches it), at ECS's own address {@value
 * #LINK_LOCAL_ADDRESS} port 80 from inside the tasks' network namespaces (see {@link LinkLocalRedirect}).
 *
 * <p>Every container of a registered task gets {@code ECS_CONTAINER_METADATA_URI_V4}, a URI whose path holds
 * a random key of its own: {@code ${uri}} is its container document, {@code ${uri}/task} its task's, {@code
 * ${uri}/stats} and {@code ${uri}/task/stats} Docker's stats. A task whose definition has a {@code
 * taskRoleArn} also gets {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} (a random path) and {@code
 * AWS_CONTAINER_AUTHORIZATION_TOKEN} (a random token): a GET with {@code Authorization: <token>} answers the
 * role's credentials, a request without the header 401 and one with another token 403. Keys, paths and
 * tokens are 128-bit random values, so a task reaches nothing of another task's.
 *
 * <p>Tasks in {@code bridge} and {@code awsvpc} mode get the variables; {@code host} and {@code none} tasks
 * have no path to the run network's gateway and get none.
 *
 * <p>Only the run's containers are answered (see {@link EndpointHandler}); a connection silent for {@value
 * #IDLE_SECONDS} s is closed, request line and headers are capped at 8 KiB and requests carry no body, and a
 * task that holds connections open without finishing its requests costs connections, not the threads that
 * answer the other tasks.
 */
public final class TaskEndpoints implements AutoCloseable {
  /** ECS's link-local address of the agent's endpoints; the AWS SDKs accept a full credentials URI on it. */
  public static final String LINK_LOCAL_ADDRESS = "169.254.170.2";
  /** The metadata variable ECS sets. */
  public static final String METADATA_URI_V4 = "ECS_CONTAINER_METADATA_URI_V4";
  /** The credentials URI variable. */
  public static final String CREDENTIALS_FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
  /** The credentials token variable. */
  public static final String AUTHORIZATION_TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
  private static final Logger LOG = LoggerFactory.getLogger(TaskEndpoints.class);
  /** How long a connection to the endpoints may be silent before it is closed. */
  static final long IDLE_SECONDS = 30;
  private static final int MAX_HEADER_BYTES = 8 * 1024;
  private static final int MAX_THREADS = 16;

  private final DockerClient docker;
  private final String runId;
  private final TaskDescriptions descriptions;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Registered> tasks = new ConcurrentHashMap<>();
  private final Map<String, Registered.ContainerKey> byMetadataKey = new ConcurrentHashMap<>();
  private final Map<String, Registered> byCredentialsId = new ConcurrentHashMap<>();
  private LocalHttpServer server;
  private LinkLocalRedirect redirect;
  private volatile String baseUri;
  private boolean closed;

  /**
   * Endpoints of run {@code runId}; {@code descriptions} gives the control plane's view of a task.
   *
   * @param docker the engine's client
   * @param runId the run's id
   * @param descriptions gives the control plane's view of a task
   */
  public TaskEndpoints(DockerClient docker, String runId, TaskDescriptions descriptions) {
    this(docker, runId, descriptions, Clock.systemUTC());
  }

  TaskEndpoints(DockerClient docker, String runId, TaskDescriptions descriptions, Clock clock) {
    this.docker = Objects.requireNonNull(docker, "docker");
    this.runId = Objects.requireNonNull(runId, "runId");
    this.descriptions = Objects.requireNonNull(descriptions, "descriptions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Gives the task's containers their keys and, when its definition names a task role, its credentials.
   *
   * @param launch the task as the agent launches it
   * @param dockerContainers the task's Docker containers by container name, as they are now
   */
  public void register(TaskLaunch launch, Supplier<Map<String, String>> dockerContainers) {
    Map<String, String> keys = new LinkedHashMap<>();
    launch.taskDefinition().containerDefinitions().forEach(c -> keys.put(c.name(), secret()));
    Optional<Registered.Grant> grant = launch.taskDefinition().taskRoleArn().map(role -> new Registered.Grant(
        secret(), secret(), RoleCredentials.issue(roleArn(role, launch.taskArn()), clock.instant(), random)));
    Registered task = new Registered(launch, dockerContainers, keys, grant);
    if (tasks.putIfAbsent(launch.taskArn(), task) != null) {
      throw new IllegalStateException("task " + launch.taskId() + " has its endpoints already");
    }
    keys.forEach((container, key) -> byMetadataKey.put(key, new Registered.ContainerKey(task, container)));
    grant.ifPresent(g -> byCredentialsId.put(g.id(), task));
  }

  /**
   * Forgets the task: its keys, paths and token answer nothing any more.
   *
   * @param taskArn the task's ARN
   */
  public void unregister(String taskArn) {
    Registered task = tasks.remove(taskArn);
    if (task != null) {
      task.metadataKeys().values().forEach(byMetadataKey::remove);
      task.grant().ifPresent(g -> byCredentialsId.remove(g.id()));
    }
  }

  /**
   * Starts serving on {@code network}'s gateway, once; later calls do nothing. When the link-local rule
   * cannot be added (no iptables, not root), the variables name the gateway address itself: the metadata
   * endpoint works, but the AWS SDKs refuse a credentials URI that is neither loopback nor {@value
   * #LINK_LOCAL_ADDRESS}.
   *
   * @param network the run's network
   * @throws IllegalStateException when the server cannot listen there
   */
  public synchronized void serveOn(RunNetwork network) {
    if (closed) {
      throw new IllegalStateException("the task endpoints of run " + runId + " are closed");
    }
    if (server != null) {
      return;
    }
    try {
      server = LocalHttpServer.start("ecs-dsl-" + runId + "-endpoints", network.gateway(),
          Duration.ofSeconds(IDLE_SECONDS), MAX_HEADER_BYTES, MAX_THREADS, new EndpointHandler(this, docker, network),
          EndpointHandler::jettyError);
    } catch (IllegalStateException e) {
      throw new IllegalStateException("the task metadata endpoint cannot listen on " + network.gateway() + ": "
          + e.getMessage(), e);
    }
    int port = server.address().getPort();
    try {
      redirect = LinkLocalRedirect.install(network, port, runId);
      baseUri = "http://" + LINK_LOCAL_ADDRESS;
    } catch (IllegalStateException e) {
      baseUri = "http://" + network.gateway() + ":" + port;
      LOG.warn("containers cannot reach the task endpoints at {} ({}); they get {} instead, where the AWS "
          + "SDKs refuse credentials", LINK_LOCAL_ADDRESS, e.getMessage(), baseUri);
    }
  }

  /**
   * Where the server listens, once it does.
   *
   * @return the address, or empty
   */
  public synchronized Optional<InetSocketAddress> address() {
    return Optional.ofNullable(server).map(LocalHttpServer::address);
  }

  /**
   * The variables of the task's container: empty for a task not registered or when nothing is served
   * (yet).
   *
   * @param taskArn the task's ARN
   * @param containerName the container's name
   * @return the variables by name
   */
  public Map<String, String> environment(String taskArn, String containerName) {
    Registered task = tasks.get(taskArn);
    String base = baseUri;
    if (task == null || base == null || !task.metadataKeys().containsKey(containerName)) {
      return Map.of();
    }
    Map<String, String> env = new LinkedHashMap<>();
    env.put(METADATA_URI_V4, base + "/v4/" + task.metadataKeys().get(containerName));
    task.grant().ifPresent(g -> {
      env.put(CREDENTIALS_FULL_URI, base + "/v2/credentials/" + g.id());
      env.put(AUTHORIZATION_TOKEN, g.token());
    });
    return env;
  }

  Optional<Registered.ContainerKey> byMetadataKey(String key) {
    return Optional.ofNullable(byMetadataKey.get(key));
  }

  Optional<Registered> byCredentialsId(String id) {
    return Optional.ofNullable(byCredentialsId.get(id));
  }

  TaskDescriptions descriptions() {
    return descriptions;
  }

  /**
   * Removes every link-local rule whose run network is gone (left by a crashed run), returning how many.
   *
   * @return how many rules were removed
   */
  public static int removeOrphanedRedirects() {
    return LinkLocalRedirect.removeOrphans();
  }

  /**
   * Removes the link-local rule of run {@code runId}, if it has one, returning how many rules were removed.
   *
   * @param runId the run's id
   * @return how many rules were removed
   */
  public static int removeRedirectsOf(String runId) {
    return LinkLocalRedirect.removeRun(runId);
  }

  /** Stops the server, ends its threads and removes the link-local rule. Safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (redirect != null) {
      redirect.remove();
    }
    if (server != null) {
      server.close();
    }
    tasks.clear();
    byMetadataKey.clear();
    byCredentialsId.clear();
  }

  /** A role given by name is the account's: {@code arn:aws:iam::<account of the task>:role/<name>}. */
  static String roleArn(String role, String taskArn) {
    if (role.startsWith("arn:")) {
      return role;
    }
    String[] parts = taskArn.split(":", 6);
    String partition = parts.length > 1 ? parts[1] : "aws";
    String account = parts.length > 4 ? parts[4] : "";
    return "arn:" + partition + ":iam::" + account + ":role/" + role;
  }

  private String secret() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
