package org.alliancecare.app.internal.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import org.alliancecare.kernel.BusinessClock;

/**
 * "Now" for Bean Validation's {@code @Past}, {@code @PastOrPresent} and {@code @FutureOrPresent}:
 * the application's clock in China's zone, so that a consent given today in China is today's
 * whatever the server's zone and hour (the JVM's default clock is UTC, a day behind China's from
 * 16:00 to 24:00 UTC). Named in {@code META-INF/validation.xml}; Bean Validation creates it, so it
 * finds the business clock through CDI when it is asked.
 */
public class BusinessClockProvider implements ClockProvider {

  @Override
  public Clock getClock() {
    return CDI.current().select(BusinessClock.class).get().clock();
  }
}
