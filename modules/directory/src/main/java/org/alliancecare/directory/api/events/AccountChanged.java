package org.alliancecare.directory.api.events;

import java.time.Instant;
import java.util.Set;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * An account was changed; the fields that did not change are {@code null}. A new password is only
 * noted as such ({@code passwordChanged}); its value or hash never leaves the directory. A new or
 * removed e-mail address is noted as {@code emailChanged}, without the address.
 */
public record AccountChanged(
    String username,
    Boolean enabled,
    String displayName,
    Set<String> roles,
    Set<String> jurisdiction,
    boolean passwordChanged,
    boolean emailChanged,
    int sessionsRevoked,
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
