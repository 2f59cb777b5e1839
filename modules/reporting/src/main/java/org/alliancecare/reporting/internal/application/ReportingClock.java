package org.alliancecare.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.alliancecare.reporting.internal.domain.ReportingDay;

/**
 * Today, for the overdue figures: the day in China Standard Time of the {@link Clock} that the
 * application provides as a CDI bean, if it provides one (tests provide a fixed one), else of the
 * system clock.
 */
@ApplicationScoped
public class ReportingClock {

  private Clock clock;

  public ReportingClock() {
    this(Clock.systemUTC());
  }

  public ReportingClock(Clock clock) {
    this.clock = clock;
  }

  @Inject
  ReportingClock(Instance<Clock> provided) {
    this(provided.isResolvable() ? provided.get() : Clock.systemUTC());
  }

  public LocalDate today() {
    return ReportingDay.of(clock.instant());
  }
}
