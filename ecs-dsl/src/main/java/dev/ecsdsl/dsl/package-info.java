/**
 * The fluent builders behind {@link dev.ecsdsl.Ecs#environment(String)}: one per part of a description,
 * each a thin layer of conveniences over the part's Immutables builder.
 */
package dev.ecsdsl.dsl;
