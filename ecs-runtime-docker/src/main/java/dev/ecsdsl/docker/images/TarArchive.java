package dev.ecsdsl.docker.images;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a ustar archive in memory: the build context handed to the engine, or directories to put into a
 * volume. Only what those need: regular files and directories with a mode, short names, owner root and a
 * fixed time (so that equal contents give equal archives).
 */
public final class TarArchive {
  private static final int BLOCK = 512;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** An empty archive. */
  public TarArchive() {}

  /**
   * Adds a file. {@code mode} is octal permission bits, e.g. {@code 0755}.
   *
   * @param name the path in the archive
   * @param mode the permission bits
   * @param content the file's bytes
   * @return this archive
   */
  public TarArchive add(String name, int mode, byte[] content) {
    return entry(name, mode, '0', content);
  }

  /**
   * Adds a directory ({@code name} without a trailing slash). {@code mode} is octal permission bits.
   *
   * @param name the path in the archive
   * @param mode the permission bits
   * @return this archive
   */
  public TarArchive addDirectory(String name, int mode) {
    return entry(name + "/", mode, '5', new byte[0]);
  }

  private TarArchive entry(String name, int mode, char type, byte[] content) {
    byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
    if (nameBytes.length > 99) {
      throw new IllegalArgumentException("name too long for a ustar header: " + name);
    }
    byte[] header = new byte[BLOCK];
    System.arraycopy(nameBytes, 0, header, 0, nameBytes.length);
    octal(header, 100, 8, mode);
    octal(header, 108, 8, 0);
    octal(header, 116, 8, 0);
    octal(header, 124, 12, content.length);
    octal(header, 136, 12, 0);
    header[156] = (byte) type;
    put(header, 257, "ustar\0");
    put(header, 263, "00");
    for (int i = 148; i < 156; i++) {
      header[i] = ' ';
    }
    long checksum = 0;
    for (byte b : header) {
      checksum += b & 0xff;
    }
    octal(header, 148, 7, checksum);
    out.writeBytes(header);
    out.writeBytes(content);
    out.writeBytes(new byte[padding(content.length)]);
    return this;
  }

  /**
   * Adds a UTF-8 text file with mode 0644.
   *
   * @param name the path in the archive
   * @param text the file's text
   * @return this archive
   */
  public TarArchive add(String name, String text) {
    return add(name, 0644, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The archive, closed by two empty blocks.
   *
   * @return the archive's bytes
   */
  public byte[] toByteArray() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream(out.size() + 2 * BLOCK);
    copy.writeBytes(out.toByteArray());
    copy.writeBytes(new byte[2 * BLOCK]);
    return copy.toByteArray();
  }

  private static int padding(int length) {
    return (BLOCK - length % BLOCK) % BLOCK;
  }

  /** Zero-padded octal digits, NUL-terminated, filling {@code width} bytes. */
  private static void octal(byte[] header, int offset, int width, long value) {
    String digits = Long.toOctalString(value);
    String padded = "0".repeat(Math.max(0, width - 1 - digits.length())) + digits;
    put(header, offset, padded);
    header[offset + width - 1] = 0;
  }

  private static void put(byte[] header, int offset, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }
}
