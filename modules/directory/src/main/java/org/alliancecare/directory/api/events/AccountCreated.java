package org.alliancecare.directory.api.events;

import java.time.Instant;
import java.util.Set;
import org.alliancecare.kernel.events.DomainEvent;

/** An account was created. */
public record AccountCreated(
    String username,
    String displayName,
    Set<String> roles,
    Set<String> jurisdiction,
    String practitionerId,
    String actor,
    Instant occurredAt)
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
