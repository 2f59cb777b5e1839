package org.alliancecare.directory.api.events;

import java.time.Instant;
import org.alliancecare.kernel.events.DomainEvent;

/** Too many failed sign-ins: the account is locked until {@code lockedUntil}. */
public record AccountLocked(
    String username, int failures, Instant lockedUntil, String actor, Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Account";
  }

  @Override
  public String streamId() {
    return username;
  }
}
