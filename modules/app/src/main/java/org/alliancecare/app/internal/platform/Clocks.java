package org.alliancecare.app.internal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock every module injects ({@code @Inject Clock clock}) instead of calling {@code
 * Instant.now()}, so that time-dependent rules (expiry, lockout, overdue) can be tested with a
 * fixed or moving clock. UTC: instants are stored and exchanged in UTC.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
