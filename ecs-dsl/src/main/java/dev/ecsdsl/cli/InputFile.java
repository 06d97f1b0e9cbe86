package dev.ecsdsl.cli;

import dev.ecsdsl.validation.Problem;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file given to {@code validate} that can be read: the name it was given by, where its bytes are (a pipe's
 * are copied to a temporary file, so that readers may stream it more than once), a problem with its encoding
 * that does not stop it from being read (UTF-16 with a byte order mark), and the start of its text, for
 * telling its kind.
 *
 * @param given the path as given on the command line
 * @param content where to read the bytes from
 * @param encoding an encoding problem that still lets the file be read, if any
 * @param head the first characters of the text (at most 64 Ki characters)
 */
public record InputFile(Path given, Path content, Optional<Problem> encoding, String head) {}
