package dev.ecsdsl.cli;

import dev.ecsdsl.validation.Problem;
import java.nio.file.Path;

/**
 * A problem and the file it lies in: the file checked, or, for the problems a service has with its task
 * definition, the file of that task definition (its line and column refer to that file).
 *
 * @param file the file the problem's location refers to
 * @param problem the problem
 */
public record Finding(Path file, Problem problem) {}
