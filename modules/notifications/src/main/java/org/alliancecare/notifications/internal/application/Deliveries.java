package org.alliancecare.notifications.internal.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.alliancecare.notifications.api.Channel;
import org.alliancecare.notifications.api.DeliveryStatus;
import org.alliancecare.notifications.internal.channels.Delivery;
import org.alliancecare.notifications.internal.channels.OutgoingMessage;
import org.alliancecare.notifications.internal.channels.Sender;
import org.alliancecare.notifications.internal.domain.Backoff;
import org.alliancecare.notifications.internal.domain.Claimed;
import org.alliancecare.notifications.internal.domain.QuietHours;
import org.alliancecare.notifications.internal.persistence.Outbox;

/**
 * One round of the outbox worker: claims the reminders that are due and hands each to its channel.
 * An SMS to a family in its quiet hours waits (HELD) for their end; a channel that is off leaves
 * the reminder SKIPPED; a failure is tried again after the {@link Backoff}'s wait, up to its last
 * attempt (FAILED); a refusal is FAILED at once. The claim is committed before anything is sent,
 * and a claim whose node dies is taken again when its lease runs out: a reminder is sent once,
 * unless a node dies between the channel's acceptance and the record of it (docs/reminders.md).
 */
public final class Deliveries {

  private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

  private final Outbox outbox;
  private final Function<Channel, Optional<Sender>> senders;
  private final QuietHours quietHours;
  private final ZoneId familyZone;
  private final Clock clock;
  private final Duration lease;
  private final int batch;

  public Deliveries(
      Outbox outbox,
      Function<Channel, Optional<Sender>> senders,
      QuietHours quietHours,
      ZoneId familyZone,
      Clock clock,
      Duration lease,
      int batch) {
    this.outbox = outbox;
    this.senders = senders;
    this.quietHours = quietHours;
    this.familyZone = familyZone;
    this.clock = clock;
    this.lease = lease;
    this.batch = batch;
  }

  /** Delivers what is due now, a batch at a time until none is left; answers how many were sent. */
  public int deliverDue() {
    int sent = 0;
    while (true) {
      List<Claimed> claimed = outbox.claimDue(clock.instant(), lease, batch);
      for (Claimed reminder : claimed) {
        sent += deliver(reminder) ? 1 : 0;
      }
      if (claimed.size() < batch) {
        return sent;
      }
    }
  }

  private boolean deliver(Claimed reminder) {
    Instant now = clock.instant();
    if (reminder.channel() == Channel.SMS && quietHours.quietAt(now, familyZone)) {
      outbox.held(reminder.id(), quietHours.earliestSend(now, familyZone));
      return false;
    }
    Optional<Sender> sender = senders.apply(reminder.channel());
    if (sender.isEmpty()) {
      outbox.ended(reminder.id(), DeliveryStatus.SKIPPED, "the channel is off");
      return false;
    }
    Delivery delivery =
        sender
            .get()
            .send(
                new OutgoingMessage(
                    reminder.id(),
                    reminder.channel(),
                    reminder.address(),
                    reminder.channel() == Channel.EMAIL ? reminder.subject() : null,
                    reminder.body(),
                    reminder.language()));
    if (delivery instanceof Delivery.Accepted accepted) {
      outbox.sent(reminder.id(), accepted.reference(), clock.instant());
      return true;
    }
    if (delivery instanceof Delivery.Retry retry) {
      Optional<Duration> wait = Backoff.after(reminder.attempts());
      if (wait.isPresent()) {
        outbox.again(
            reminder.id(),
            DeliveryStatus.PENDING,
            clock.instant().plus(wait.get()),
            retry.reason());
      } else {
        outbox.ended(reminder.id(), DeliveryStatus.FAILED, retry.reason());
      }
      LOG.info(
          () ->
              "reminder "
                  + reminder.id()
                  + " by "
                  + reminder.channel()
                  + " failed (attempt "
                  + reminder.attempts()
                  + "): "
                  + retry.reason());
      return false;
    }
    Delivery.Refused refused = (Delivery.Refused) delivery;
    outbox.ended(reminder.id(), DeliveryStatus.FAILED, refused.reason());
    LOG.info(
        () ->
            "reminder "
                + reminder.id()
                + " refused by "
                + reminder.channel()
                + ": "
                + refused.reason());
    return false;
  }
}
