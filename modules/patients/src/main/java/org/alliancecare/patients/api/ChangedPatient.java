package org.alliancecare.patients.api;

import java.time.Instant;
import org.alliancecare.kernel.PersonalRecord;

/**
 * A patient with the time of its record's last change, for readers that exchange records by change
 * time (FHIR's {@code meta.lastUpdated}, {@code _lastUpdated} and the Bulk Data export's {@code
 * _since}).
 */
public record ChangedPatient(PatientView patient, Instant changedAt) implements PersonalRecord {

  @Override
  public String patientId() {
    return patient.id();
  }
}
