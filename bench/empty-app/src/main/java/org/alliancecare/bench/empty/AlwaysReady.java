package org.alliancecare.bench.empty;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A readiness check with nothing to wait for, so {@code /health/ready} is UP once deployed. */
@Readiness
@ApplicationScoped
public class AlwaysReady implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("empty-app");
  }
}
