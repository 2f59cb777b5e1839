package org.alliancecare.app.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliancecare.app.internal.persistence.ReplicaRouting.Decision;
import org.alliancecare.app.internal.persistence.ReplicaRouting.Lag;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * The replica's state in {@code /health} (and {@code /health/live}): always UP, with whether a
 * replica is configured and reachable, its lag, and how many reads ran on it and fell back to the
 * primary. A lagging or lost replica never makes the node un-ready — reads then run on the primary
 * — so the check is not among the readiness checks that the load balancer asks ({@code
 * /health/ready}), which it could also slow down while a replica does not answer.
 */
@Liveness
@ApplicationScoped
public class ReplicaHealth implements HealthCheck {

  @Inject ReplicaReads reads;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("replica").up().withData("configured", reads.configured());
    if (!reads.configured()) {
      return response.build();
    }
    Lag lag = reads.lag();
    response.withData("reachable", lag.reachable());
    if (!Double.isNaN(lag.seconds())) {
      response.withData("lagSeconds", Double.toString(lag.seconds()));
    }
    if (!Double.isNaN(lag.bytes())) {
      response.withData("lagBytes", (long) lag.bytes());
    }
    long fellBack = 0;
    for (Decision decision : Decision.values()) {
      if (!"replica".equals(decision.servedBy())) {
        fellBack += reads.count(decision);
      }
    }
    return response
        .withData("readsOnReplica", reads.count(Decision.REPLICA_CAUGHT_UP))
        .withData("readsOnPrimary", fellBack)
        .build();
  }
}
