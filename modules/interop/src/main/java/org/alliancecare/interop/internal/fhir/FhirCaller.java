package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;

/**
 * The caller of a FHIR request and the roles a type admits, as the API's {@code @RolesAllowed} says
 * for the same records: anonymous → 401, signed in without one of the roles → 403.
 */
@ApplicationScoped
public class FhirCaller {

  /** Who reads a patient's record and its guardians in the API ({@code GET /api/patients}). */
  public static final Role[] PATIENT_READERS = {Role.DOCTOR, Role.COORDINATOR, Role.AUDITOR};

  /** Who reads consents in the API ({@code GET /api/patients/{id}/consents}). */
  public static final Role[] CONSENT_READERS = {Role.DOCTOR, Role.COORDINATOR};

  /** Who may see an identity number in full ({@code GET /api/patients/{id}/national-id}). */
  public static final Role[] UNMASKERS = {Role.COORDINATOR, Role.AUDITOR};

  @Inject CurrentCaller current;

  /** The caller, who holds one of {@code roles}. */
  public Caller require(Role... roles) {
    Caller caller = current.find().orElseThrow(FhirAuthentication::unauthenticated);
    if (!caller.hasAnyRole(roles)) {
      throw new ForbiddenOperationException("this record type needs another role");
    }
    return caller;
  }

  /** Any signed-in caller (reference data: places, organisations, practitioners). */
  public Caller signedIn() {
    return current.find().orElseThrow(FhirAuthentication::unauthenticated);
  }
}
