package org.alliancecare.documents.api;

import org.alliancecare.kernel.PersonalRecord;

/**
 * A rendered document: the bytes, and what the access log and the download need to know of it. It
 * is a {@link PersonalRecord} of the patient it is about, so a resource that answers it writes the
 * access-log row of the print.
 *
 * @param recordId the screening or referral the document is printed from
 * @param fileName the download's name, e.g. {@code referral-R-2026-000123.pdf}
 */
public record PrintedDocument(
    String patientId, String recordId, DocumentFormat format, String fileName, byte[] content)
    implements PersonalRecord {

  @Override
  public String recordId() {
    return recordId;
  }
}
