package org.alliancecare.app.internal.idempotency;

import org.alliancecare.kernel.BusinessRuleViolation;

/** A request with this {@code Idempotency-Key} is still being processed (409). */
public class RequestInFlight extends BusinessRuleViolation {

  public RequestInFlight() {
    super(
        "request-in-flight",
        "A request with this Idempotency-Key is still being processed; retry in a moment.");
  }
}
