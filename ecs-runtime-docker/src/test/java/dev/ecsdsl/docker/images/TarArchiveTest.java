package dev.ecsdsl.docker.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

/** The build context is a tar archive other tools read back. */
class TarArchiveTest {

  @Test
  void filesComeBackWithTheirNamesModesAndContents() throws IOException {
    byte[] binary = new byte[1500];
    binary[1499] = 42;
    byte[] tar = new TarArchive().add("Dockerfile", "FROM scratch\n").add("busybox", 0755, binary).toByteArray();

    assertThat(tar.length % 512).isZero();
    try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
      TarArchiveEntry dockerfile = in.getNextTarEntry();
      assertThat(dockerfile.getName()).isEqualTo("Dockerfile");
      assertThat(dockerfile.getMode()).isEqualTo(0644);
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("FROM scratch\n");
      TarArchiveEntry busybox = in.getNextTarEntry();
      assertThat(busybox.getName()).isEqualTo("busybox");
      assertThat(busybox.getMode()).isEqualTo(0755);
      assertThat(in.readAllBytes()).isEqualTo(binary);
      assertThat(in.getNextTarEntry()).isNull();
    }
  }
}
