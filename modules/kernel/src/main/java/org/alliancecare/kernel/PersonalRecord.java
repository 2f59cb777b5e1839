package org.alliancecare.kernel;

/**
 * A record that carries a patient's personal data (a patient, a screening, a referral, a case, a
 * timeline entry, an unmasked identity number, an export row). Response records that implement it
 * can only leave the API through a resource method marked {@link
 * org.alliancecare.kernel.web.AccessLogged}: every such response writes one access-log row per
 * patient before it is sent, and a response that carries one from an unmarked method is refused.
 */
public interface PersonalRecord {

  /** The patient whose personal data this is. */
  String patientId();

  /**
   * The id of the record itself, for the access log's {@code resourceId}: the patient's id for a
   * patient record; a screening, referral or case record answers its own id.
   */
  default String recordId() {
    return patientId();
  }
}
