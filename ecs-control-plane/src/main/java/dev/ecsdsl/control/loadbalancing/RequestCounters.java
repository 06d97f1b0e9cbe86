package dev.ecsdsl.control.loadbalancing;

/**
 * A target group's request counters since the load balancer was deployed, the sums its CloudWatch metrics are
 * taken from (a minute's datapoint is the difference of two readings).
 *
 * @param requests requests routed to its targets ({@code RequestCount})
 * @param targetErrors5xx answers of its targets with a 5xx status ({@code HTTPCode_Target_5XX_Count})
 * @param responseSeconds the response times of those requests, summed, in seconds ({@code TargetResponseTime})
 */
public record RequestCounters(long requests, long targetErrors5xx, double responseSeconds) {}
