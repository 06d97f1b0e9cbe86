/**
 * The {@code bin/ecs-dsl} command line: {@link dev.ecsdsl.cli.Main} and its subcommands. Subcommands are
 * {@link dev.ecsdsl.cli.Command}s found with {@link java.util.ServiceLoader}, so modules that know more
 * (the examples' tour, the API server) add theirs without this module knowing them.
 */
package dev.ecsdsl.cli;
