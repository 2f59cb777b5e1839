package org.alliancecare.patients.api;

import java.time.Instant;
import org.alliancecare.kernel.PersonalRecord;

/** A consent with the time of its last change (given, withdrawn, moved by a merge). */
public record ChangedConsent(ConsentView consent, Instant changedAt) implements PersonalRecord {

  @Override
  public String patientId() {
    return consent.patientId();
  }

  @Override
  public String recordId() {
    return consent.id();
  }
}
