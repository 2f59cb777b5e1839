package org.alliancecare.interop.internal.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.alliancecare.directory.api.Caller;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * One export's work: each requested type streamed from its {@link ExportedType} into the job's
 * {@link NdjsonFiles}, resource by resource as the type hands them over batch by batch, so that the
 * export is never in memory. Each resource of the patient compartment is reported to the {@link
 * ExportedPatients} (the access log) with its patient; in a group's export a resource of a patient
 * who is not a member is left out even if a type handed it over. Cancellation is checked between
 * resources.
 */
public final class ExportRun {

  /** What the job learns while it runs, and whether its owner has cancelled it. */
  public interface Progress {
    void typeStarted(String resourceType, long exportedSoFar);

    void exported(long exportedSoFar);

    boolean cancelled();
  }

  /** Thrown out of a type's stream when the job was cancelled, to stop it at once. */
  public static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("export cancelled", null, false, false);
    }
  }

  private static final String PATIENT = "Patient";
  static final int PROGRESS_EVERY = 1000;

  private final FhirContext fhir;
  private final IParser parser;
  private final FhirTerser terser;

  public ExportRun(FhirContext fhir) {
    this.fhir = fhir;
    this.parser = fhir.newJsonParser().setPrettyPrint(false);
    this.terser = fhir.newTerser();
  }

  /**
   * Writes every type of {@code types} in turn.
   *
   * @param patients the group's members, or null for every patient in the caller's scope
   * @return the files written, in order
   * @throws Cancelled when {@code progress} says the job was cancelled
   */
  public List<ExportFile> run(
      List<ExportedType> types,
      Caller by,
      Instant since,
      Set<String> patients,
      NdjsonFiles files,
      ExportedPatients log,
      Progress progress) {
    long[] exported = {0};
    for (ExportedType type : types) {
      String name = type.resourceType();
      progress.typeStarted(name, exported[0]);
      files.startType(name);
      type.export(
          by,
          since,
          patients,
          resource -> {
            if (progress.cancelled()) {
              throw new Cancelled();
            }
            if (!fhir.getResourceType(resource).equals(name)) {
              throw new IllegalStateException(
                  "the export of " + name + " handed over a " + fhir.getResourceType(resource));
            }
            String patient = type.patientCompartment() ? patientOf(resource) : null;
            if (patients != null && (patient == null || !patients.contains(patient))) {
              return;
            }
            files.write(parser.encodeResourceToString(resource));
            if (patient != null) {
              log.exported(name, patient);
            }
            exported[0]++;
            if (exported[0] % PROGRESS_EVERY == 0) {
              progress.exported(exported[0]);
            }
          });
      log.flush();
    }
    files.close();
    progress.exported(exported[0]);
    return files.files();
  }

  /** The patient whose compartment holds the resource: itself for a Patient, else its subject. */
  String patientOf(IBaseResource resource) {
    if (PATIENT.equals(fhir.getResourceType(resource))) {
      return resource.getIdElement().getIdPart();
    }
    // the compartment's references include those that may point elsewhere (an Observation's
    // performer may be a Patient, and so is one of them even when it names a Practitioner)
    List<IIdType> owners = terser.getCompartmentOwnersForResource(PATIENT, resource, Set.of());
    return owners.stream()
        .filter(owner -> PATIENT.equals(owner.getResourceType()))
        .map(IIdType::getIdPart)
        .findFirst()
        .orElse(null);
  }
}
