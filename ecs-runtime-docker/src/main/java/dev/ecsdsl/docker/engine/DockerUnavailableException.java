package dev.ecsdsl.docker.engine;

/**
 * No Docker engine answers where this process looked for one. The message says where that was and how to
 * start an engine.
 */
public final class DockerUnavailableException extends RuntimeException {

  /**
   * Says where no engine answered and how to start one; {@code cause} is why the call failed.
   *
   * @param message where no engine answered and how to start one
   * @param cause why the call failed
   */
  public DockerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
