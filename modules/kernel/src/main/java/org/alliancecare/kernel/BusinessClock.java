package org.alliancecare.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today and now for the business rules of every module. The instant comes from the {@link Clock}
 * that the application provides as a CDI bean, if it provides one (tests provide a fixed one), else
 * from the system clock; the day is the day in China Standard Time ({@code Asia/Shanghai}), the
 * time the program's due dates are written in, whatever zone the server runs in.
 */
@ApplicationScoped
public class BusinessClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Clock clock;

  public BusinessClock() {
    this(Clock.systemUTC());
  }

  public BusinessClock(Clock clock) {
    this.clock = clock;
  }

  @Inject
  BusinessClock(Instance<Clock> provided) {
    this(provided.isResolvable() ? provided.get() : Clock.systemUTC());
  }

  public Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  /**
   * The same clock in China's zone, for what reads "now" through a {@link Clock} (Bean Validation's
   * {@code @PastOrPresent}, {@code LocalDate.now(clock)}).
   */
  public Clock clock() {
    return clock.withZone(ZONE);
  }
}
