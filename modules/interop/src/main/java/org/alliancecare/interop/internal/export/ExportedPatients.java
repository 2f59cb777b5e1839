package org.alliancecare.interop.internal.export;

/**
 * Where an export reports whose personal data it wrote: the access log in the application, a list
 * in tests.
 */
public interface ExportedPatients {

  /** A resource of {@code resourceType} of this patient was written to an export file. */
  void exported(String resourceType, String patientId);

  /** Writes what has been reported and not yet written (at the end of each type). */
  void flush();
}
