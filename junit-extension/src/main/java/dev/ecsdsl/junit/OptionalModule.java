package dev.ecsdsl.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The ecs-dsl artifacts the extension uses only when a test has them on its class path: the Docker runtime
 * and the ECS API endpoint. Their classes are touched only after {@link #present()} said yes, so a project
 * that added neither runs in-memory tests without them; a test that asks for one learns which artifact to add.
 */
enum OptionalModule {
  DOCKER("dev.ecsdsl.docker.DockerEcs", "ecs-runtime-docker"),
  API_SERVER("dev.ecsdsl.api.EcsApiServer", "ecs-api-server");

  private final String entryClass;
  private final String artifactId;
  private volatile Boolean present;

  OptionalModule(String entryClass, String artifactId) {
    this.entryClass = entryClass;
    this.artifactId = artifactId;
  }

  /** Whether the module is on the class path (asked once: a class path does not change mid-run). */
  boolean present() {
    Boolean known = present;
    if (known == null) {
      known = loadable();
      present = known;
    }
    return known;
  }

  /** Whether {@code type} is the module's entry class, decided by name so that nothing is loaded. */
  boolean isType(Class<?> type) {
    return type.getName().equals(entryClass);
  }

  /**
   * Fails with what to add unless the module is present.
   *
   * @param neededFor what the test asked for, e.g. "the Docker runtime (-Decs.runtime=docker)"
   */
  void require(String neededFor) {
    if (!present()) {
      throw new ExtensionConfigurationException(neededFor + " needs dev.ecsdsl:" + artifactId + " on the test class"
          + " path, and it is not there; add it to your build, e.g. for Maven <dependency><groupId>dev.ecsdsl"
          + "</groupId><artifactId>" + artifactId + "</artifactId><scope>test</scope></dependency> (its version"
          + " comes from dev.ecsdsl:ecs-dsl-bom)");
    }
  }

  private boolean loadable() {
    try {
      Class.forName(entryClass, false, OptionalModule.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
