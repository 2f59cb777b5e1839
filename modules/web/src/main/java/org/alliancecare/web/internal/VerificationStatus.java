package org.alliancecare.web.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.alliancecare.audit.api.Verification;

/** The outcome of the latest verification of the journal on this node, for every auditor. */
@ApplicationScoped
public class VerificationStatus {

  private Verification verification;
  private String by;
  private Instant at;

  synchronized void record(Verification verification, String by, Instant at) {
    this.verification = verification;
    this.by = by;
    this.at = at;
  }

  public synchronized Verification getVerification() {
    return verification;
  }

  public synchronized String getBy() {
    return by;
  }

  public synchronized Instant getAt() {
    return at;
  }
}
