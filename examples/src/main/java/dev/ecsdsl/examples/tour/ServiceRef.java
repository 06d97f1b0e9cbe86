package dev.ecsdsl.examples.tour;

/** A service the tour watches, by cluster and name. */
public record ServiceRef(String cluster, String service) {}
