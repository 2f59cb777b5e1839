package org.alliancecare.app.internal.http;

/** An {@code Idempotency-Key} came back with a different request than the one it first named. */
public class IdempotencyKeyReused extends RuntimeException {

  public IdempotencyKeyReused() {
    super(
        "This Idempotency-Key was already used with a different request; use a new key for a new"
            + " request.",
        null,
        false,
        false);
  }
}
