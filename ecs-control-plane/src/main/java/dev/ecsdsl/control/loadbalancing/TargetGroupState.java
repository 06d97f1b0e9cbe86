package dev.ecsdsl.control.loadbalancing;

import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.TargetGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A target group of the description, its registered targets, and the load balancers in front of it. */
final class TargetGroupState {
  final TargetGroup model;
  final String arn;
  /** The load balancers in front of it: the description's, and that of a listener rule a deployment points at it. */
  final List<LoadBalancer> loadBalancers;
  final Map<String, TargetRecord> targets = new LinkedHashMap<>();
  int roundRobin;
  /** Requests routed to the group so far (ALB's RequestCount, summed). */
  long requests;
  /** Requests its targets answered with a 5xx status (HTTPCode_Target_5XX_Count, summed). */
  long targetErrors5xx;
  /** The response times of its targets' answers, in seconds (TargetResponseTime, summed). */
  double responseSeconds;

  TargetGroupState(TargetGroup model, String arn, List<LoadBalancer> loadBalancers) {
    this.model = model;
    this.arn = arn;
    this.loadBalancers = new ArrayList<>(loadBalancers);
  }

  List<TargetRecord> registered() {
    return new ArrayList<>(targets.values());
  }
}
