package org.alliancecare.interop.internal.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.BusinessClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The access log of FHIR reads, as the API's ({@code AccessLogged}) writes it: one row per record
 * of a patient's personal data handed out (resource type, id, patient), written before the response
 * is, so that a read that cannot be logged fails instead of being sent. FHIR's resources do not
 * pass through the API's response filter, hence this.
 */
@ApplicationScoped
public class FhirAccessLog {

  /** A record of a patient's personal data handed out. */
  public record PersonalRead(
      String action, String resourceType, String resourceId, String patientId) {

    public static PersonalRead of(String resourceType, String resourceId, String patientId) {
      return new PersonalRead("READ", resourceType, resourceId, patientId);
    }

    /** An identity number shown in full ({@code UNMASK}, as the API's national-id read). */
    public static PersonalRead unmasked(String patientId) {
      return new PersonalRead("UNMASK", "NationalId", patientId, patientId);
    }
  }

  @Inject AuditFacade audit;
  @Inject BusinessClock clock;
  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "alliancecare.access-log.trust-forwarded-for", defaultValue = "false")
  boolean trustForwardedFor;

  public void record(Caller by, Collection<PersonalRead> reads) {
    if (reads.isEmpty()) {
      return;
    }
    String address = clientAddress();
    var at = clock.now();
    List<AccessRecord> rows = new ArrayList<>();
    for (PersonalRead read : reads) {
      rows.add(
          new AccessRecord(
              0,
              at,
              by.username(),
              read.action(),
              read.resourceType(),
              read.resourceId(),
              read.patientId(),
              address));
    }
    audit.recordAccess(rows);
  }

  /** As the API's access log: the peer, or the address a trusted proxy appended last. */
  private String clientAddress() {
    if (trustForwardedFor) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return request.getRemoteAddr();
  }
}
