package org.alliancecare.app.internal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every module injects ({@code @Inject Clock clock}, or the kernel's {@code
 * BusinessClock} that reads it) instead of calling {@code Instant.now()}, so that time-dependent
 * rules (expiry, lockout, overdue, "not in the future") can be tested with a fixed or moving clock.
 * UTC: instants are stored and exchanged in UTC; the business day is China's ({@code
 * BusinessClock}).
 *
 * <p>{@code alliancecare.clock.offset} (an ISO-8601 duration, {@code PT0S} by default) moves the
 * whole application's clock by that much: the whole-application tests use it to run the date rules
 * at the hours where China's day and UTC's differ. Nothing else should set it.
 */
@ApplicationScoped
public class Clocks {

  private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

  @Inject
  @ConfigProperty(name = "alliancecare.clock.offset", defaultValue = "PT0S")
  String offset;

  private Clock clock;

  @Produces
  Clock clock() {
    if (clock == null) {
      Duration by = Duration.parse(offset);
      if (!by.isZero()) {
        LOG.warning(
            () -> "the application's clock is moved by " + by + " (alliancecare.clock.offset)");
      }
      clock = by.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), by);
    }
    return clock;
  }
}
