package org.alliancecare.notifications.internal.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.scheduling.OnceInCluster;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scan of the time-based rules (overdue referrals and milestones, referrals not accepted,
 * clinics ahead) every {@code alliancecare.notifications.scan-interval} (10 min by default), on one
 * node of the cluster per occurrence ({@link OnceInCluster}); the first a minute after the start at
 * the latest. A reminder the scan finds again is not written again.
 */
@ApplicationScoped
public class ReminderScan {

  private static final Logger LOG = Logger.getLogger(ReminderScan.class.getName());
  private static final Duration FIRST_AT_THE_LATEST = Duration.ofMinutes(1);

  @Inject Triggers triggers;
  @Inject OnceInCluster cluster;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "alliancecare.notifications.scan-interval", defaultValue = "PT10M")
  String interval;

  @Resource ManagedScheduledExecutorService scheduler;

  private Duration every;
  private ScheduledFuture<?> scans;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    every = Duration.parse(interval);
    long first = Math.min(every.toMillis(), FIRST_AT_THE_LATEST.toMillis());
    scans =
        Schedulers.orDefault(scheduler)
            .scheduleWithFixedDelay(this::scan, first, every.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info(() -> "the reminder rules are scanned every " + interval);
  }

  private void scan() {
    try {
      OnceInCluster.run(
          cluster,
          "reminder-scan",
          clock.instant(),
          every,
          () -> {
            int written = triggers.scan(new BusinessClock(clock).today());
            if (written > 0) {
              LOG.info(() -> written + " reminders written by the scan");
            }
          });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the scan of the reminder rules failed; the next one tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (scans != null) {
      scans.cancel(false);
    }
  }
}
