package org.alliancecare.kernel;

import java.util.UUID;

/**
 * The base of typed ids ({@code ClinicId}, {@code PatientId}): a record wrapping a UUID, so that a
 * clinic's id cannot be passed where a patient's is expected.
 */
public interface Identifier {

  UUID value();

  /** Parses an id from its string form, or answers {@link RecordNotFound} for a malformed one. */
  static UUID parse(String text, String recordType) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new RecordNotFound(recordType);
    }
  }
}
