package org.alliancecare.notifications.internal.domain;

import java.util.Set;
import org.alliancecare.notifications.api.Channel;

/**
 * A rule as its row says it (docs/reminders.md): its trigger and days, whom it tells, by which
 * channels families and staff are told, and whether it is on.
 */
public record ReminderRule(
    String code,
    TriggerKind trigger,
    int days,
    Set<RecipientRole> recipients,
    Set<Channel> familyChannels,
    Set<Channel> staffChannels,
    boolean enabled) {

  public ReminderRule {
    recipients = Set.copyOf(recipients);
    familyChannels = Set.copyOf(familyChannels);
    staffChannels = Set.copyOf(staffChannels);
  }

  /** The channels by which {@code role} is told. */
  public Set<Channel> channelsFor(RecipientRole role) {
    return role.family() ? familyChannels : staffChannels;
  }
}
