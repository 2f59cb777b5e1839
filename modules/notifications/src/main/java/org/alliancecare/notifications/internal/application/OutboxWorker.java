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
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alliancecare.notifications.internal.channels.Senders;
import org.alliancecare.notifications.internal.domain.QuietHours;
import org.alliancecare.notifications.internal.persistence.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's worker on this node: a round of {@link Deliveries} every {@code
 * alliancecare.notifications.worker-interval} (15 s by default), started with the application.
 * Every node runs one; their claims never take the same reminder.
 */
@ApplicationScoped
public class OutboxWorker {

  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  /** How long a claim holds a reminder: longer than a channel's timeouts. */
  static final Duration LEASE = Duration.ofMinutes(2);

  static final int BATCH = 50;

  @Inject Outbox outbox;
  @Inject Senders senders;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "alliancecare.notifications.worker-interval", defaultValue = "PT15S")
  String interval;

  @Inject
  @ConfigProperty(name = "alliancecare.notifications.quiet-hours", defaultValue = "22:00-08:00")
  String quietHours;

  @Inject
  @ConfigProperty(
      name = "alliancecare.notifications.family-time-zone",
      defaultValue = "Asia/Urumqi")
  String familyZone;

  @Resource ManagedScheduledExecutorService scheduler;

  private Deliveries deliveries;
  private ScheduledFuture<?> rounds;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    deliveries =
        new Deliveries(
            outbox,
            senders::of,
            QuietHours.parse(quietHours),
            ZoneId.of(familyZone),
            clock,
            LEASE,
            BATCH);
    long every = Duration.parse(interval).toMillis();
    rounds =
        Schedulers.orDefault(scheduler)
            .scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
    LOG.info(() -> "the reminders' worker runs every " + interval);
  }

  private void round() {
    try {
      int sent = deliveries.deliverDue();
      if (sent > 0) {
        LOG.info(() -> sent + " reminders sent");
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "a round of the reminders' worker failed; the next one tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
