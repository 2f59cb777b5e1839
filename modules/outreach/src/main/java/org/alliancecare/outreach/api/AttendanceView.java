package org.alliancecare.outreach.api;

import java.io.Serializable;
import java.time.Instant;
import org.alliancecare.kernel.PersonalRecord;

/**
 * A patient seen at a clinic. It says that a patient came to a clinic, which is personal health
 * data: it leaves the API only through access-logged methods.
 */
public record AttendanceView(
    String id,
    String clinicId,
    String patientId,
    AttendanceKind kind,
    String note,
    Instant recordedAt,
    String recordedBy)
    implements Serializable, PersonalRecord {

  @Override
  public String recordId() {
    return id;
  }
}
