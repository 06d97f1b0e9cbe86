package dev.ecsdsl.cli;

import dev.ecsdsl.json.CommandLineMembers;

/**
 * What a {@link InputKind} needs of the run when it reads a file.
 *
 * @param commandLine {@code create-service} members given as AWS CLI flags
 * @param keepProblems how many problems of a file to keep (the rest are counted)
 */
public record ReadContext(CommandLineMembers commandLine, int keepProblems) {}
