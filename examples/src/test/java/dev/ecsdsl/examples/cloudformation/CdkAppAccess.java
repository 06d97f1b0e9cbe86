package dev.ecsdsl.examples.cloudformation;

import java.io.IOException;
import java.nio.file.Path;

/** The synthesized CDK app for tests of other packages (the simulate report's browser test). */
public final class CdkAppAccess {
  private CdkAppAccess() {}

  /** Skips the calling test without node or the installed CDK, or fails it under CI. */
  public static void require() {
    CdkApp.require();
  }

  /**
   * {@return the synthesized template, synthesized on first use}
   *
   * @throws IOException when the synthesis cannot run
   * @throws InterruptedException when interrupted while it runs
   */
  public static Path template() throws IOException, InterruptedException {
    return CdkApp.template();
  }
}
