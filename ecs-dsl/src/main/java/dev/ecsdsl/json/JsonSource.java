package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a JSON document is read from, so that it can be read more than once without holding it in memory: a
 * file is streamed anew on each pass (Jackson detects UTF-8, UTF-16 and UTF-32 by the byte order mark and
 * skips it), text is parsed from the string.
 */
interface JsonSource {

  /** {@return a parser at the start of the document} */
  JsonParser open() throws IOException;

  /** {@return the size of the document: bytes of a file, characters of text} */
  long size();

  /** A document held as text; a leading byte order mark is dropped. */
  static JsonSource of(String text) {
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new JsonSource() {
      @Override
      public JsonParser open() throws IOException {
        return EcsObjectMapper.STREAMING.createParser(json);
      }

      @Override
      public long size() {
        return json.length();
      }
    };
  }

  /** A document in a file, streamed on each pass. */
  static JsonSource of(Path file) throws IOException {
    long size = Files.size(file);
    return new JsonSource() {
      @Override
      public JsonParser open() throws IOException {
        return EcsObjectMapper.STREAMING.createParser(file.toFile());
      }

      @Override
      public long size() {
        return size;
      }
    };
  }
}
