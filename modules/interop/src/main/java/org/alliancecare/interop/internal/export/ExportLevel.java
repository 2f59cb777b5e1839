package org.alliancecare.interop.internal.export;

/**
 * The three kick-off endpoints of the Bulk Data Access IG: everything ({@code /fhir/$export}),
 * every patient's compartment ({@code /fhir/Patient/$export}), or the compartments of a group's
 * members ({@code /fhir/Group/{id}/$export}).
 */
public enum ExportLevel {
  SYSTEM,
  PATIENT,
  GROUP;

  /** Whether only the types of the patient compartment are exported. */
  public boolean compartmentOnly() {
    return this != SYSTEM;
  }
}
