package org.alliancecare.directory.internal.persistence;

import java.util.Objects;
import java.util.Optional;

/**
 * What a revocation ends, as sent to every node on the database channel {@link #CHANNEL}: one token
 * (by the SHA-256 the database keeps, never the token) or every token of an account (by its id).
 * The payload names no person.
 */
public record Revocation(Scope scope, String id) {

  /** The PostgreSQL notification channel of session revocations. */
  public static final String CHANNEL = "directory_session_revoked";

  /** What the id names. */
  public enum Scope {
    TOKEN,
    ACCOUNT
  }

  public Revocation {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(id, "id");
  }

  public static Revocation ofToken(String tokenHash) {
    return new Revocation(Scope.TOKEN, tokenHash);
  }

  public static Revocation ofAccount(String accountId) {
    return new Revocation(Scope.ACCOUNT, accountId);
  }

  /** The notification's payload: {@code token:<hash>} or {@code account:<id>}. */
  public String payload() {
    return scope.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }

  /** The revocation a payload names, or empty for one this version does not know. */
  public static Optional<Revocation> parse(String payload) {
    if (payload == null) {
      return Optional.empty();
    }
    int colon = payload.indexOf(':');
    if (colon <= 0 || colon == payload.length() - 1) {
      return Optional.empty();
    }
    String id = payload.substring(colon + 1);
    return switch (payload.substring(0, colon)) {
      case "token" -> Optional.of(ofToken(id));
      case "account" -> Optional.of(ofAccount(id));
      default -> Optional.empty();
    };
  }
}
