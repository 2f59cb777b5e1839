package org.alliancecare.patients.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.alliancecare.kernel.PersonalRecord;

/** A consent as answered; {@code withdrawnOn} once withdrawn. */
public record ConsentView(
    String id,
    String patientId,
    String guardianName,
    String relationship,
    Set<ConsentScope> scopes,
    LocalDate givenOn,
    LocalDate withdrawnOn,
    String documentRef,
    boolean active,
    long version)
    implements Serializable, PersonalRecord {

  @Override
  public String recordId() {
    return id;
  }
}
