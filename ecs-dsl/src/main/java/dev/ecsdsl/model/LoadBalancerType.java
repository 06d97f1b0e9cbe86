package dev.ecsdsl.model;

/** Kind of Elastic Load Balancer. */
public enum LoadBalancerType {
  /** Application Load Balancer (HTTP/HTTPS, path and host rules, target groups). */
  APPLICATION,
  /** Network Load Balancer (TCP/UDP/TLS, target groups). */
  NETWORK,
  /** Classic Load Balancer (legacy; instances only, no Fargate). */
  CLASSIC;
}
