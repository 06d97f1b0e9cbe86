package dev.ecsdsl.docker.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Only a statically linked ELF executable can be an image's only file. */
class StaticBusyboxTest {

  /** A minimal little-endian ELF64 header with program headers of the given types. */
  private static byte[] elf64(int... programHeaderTypes) {
    int phoff = 64;
    int phentsize = 56;
    ByteBuffer elf = ByteBuffer.allocate(phoff + phentsize * programHeaderTypes.length + 64)
        .order(ByteOrder.LITTLE_ENDIAN);
    elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1});
    elf.putLong(0x20, phoff);
    elf.putShort(0x36, (short) phentsize);
    elf.putShort(0x38, (short) programHeaderTypes.length);
    for (int i = 0; i < programHeaderTypes.length; i++) {
      elf.putInt(phoff + i * phentsize, programHeaderTypes[i]);
    }
    return elf.array();
  }

  @Test
  void anElfWithoutAProgramInterpreterIsStatic() {
    assertThat(StaticBusybox.staticElfProblem(elf64(1, 1, 4))).isEmpty();
  }

  @Test
  void anElfWithAProgramInterpreterIsDynamic() {
    assertThat(StaticBusybox.staticElfProblem(elf64(6, 3, 1))).hasValueSatisfying(p ->
        assertThat(p).contains("dynamically linked"));
  }

  @Test
  void aScriptIsNoElf() {
    assertThat(StaticBusybox.staticElfProblem("#!/bin/sh\necho hi\n".repeat(10).getBytes(StandardCharsets.US_ASCII)))
        .contains("is not an ELF executable");
  }

  @Test
  void theVersionComesFromTheBinarysBanner() {
    byte[] content = "\0\0BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1) multi-call binary.\0"
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(StaticBusybox.version(content)).isEqualTo("1.35.0");
    assertThat(new StaticBusybox(null, content, "", "1.35.0").tagVersion()).isEqualTo("1.35");
    assertThat(new StaticBusybox(null, content, "", "unknown").tagVersion()).isEqualTo("latest");
  }
}
