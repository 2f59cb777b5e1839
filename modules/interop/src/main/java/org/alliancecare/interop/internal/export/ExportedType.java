package org.alliancecare.interop.internal.export;

import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancecare.directory.api.Caller;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * A resource type the Bulk Data export writes (a CDI bean per type, beside the type's resource
 * provider): read from the database through a module's facade in batches by key, in a stable order,
 * never more than one batch in memory.
 */
public interface ExportedType {

  /** The FHIR type's name, e.g. {@code Patient}: the {@code _type} value and the file's type. */
  String resourceType();

  /**
   * Whether the type lies in the patient compartment, and so in a Group's (and a Patient) export.
   */
  boolean patientCompartment();

  /**
   * Hands every resource of the type within the caller's scope to {@code sink}, batch by batch.
   *
   * @param by the caller whose roles and data scope apply
   * @param since only resources changed after this instant ({@code _since}), or null for all
   * @param patients only resources of these patients (a Group's members), or null for all
   * @param sink receives each resource in turn
   */
  void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink);
}
