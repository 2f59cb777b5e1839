package org.alliancecare.web.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.kernel.PersonalRecord;
import org.alliancecare.kernel.web.AccessLogged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The access log of the pages: a page that shows a patient's personal data writes one row per
 * patient before it is rendered, as an {@link AccessLogged} resource method of the API does (same
 * resource types, same actions, same client address), through {@link AuditFacade#recordAccess}. If
 * the row cannot be written the page fails instead of showing the data.
 */
@ApplicationScoped
public class AccessTrail {

  @Inject AuditFacade audit;
  @Inject CurrentCaller caller;
  @Inject HttpServletRequest request;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "alliancecare.access-log.trust-forwarded-for", defaultValue = "false")
  boolean trustForwardedFor;

  /** The records were shown: one row per patient, naming the record when it is the only one. */
  public void read(String resourceType, Collection<? extends PersonalRecord> records) {
    Map<String, Set<String>> byPatient = new LinkedHashMap<>();
    for (PersonalRecord record : records) {
      byPatient
          .computeIfAbsent(record.patientId(), patient -> new LinkedHashSet<>())
          .add(record.recordId());
    }
    write(AccessLogged.Action.READ, resourceType, byPatient);
  }

  public void read(String resourceType, PersonalRecord record) {
    read(resourceType, List.of(record));
  }

  /** Data of the patient that is not itself a record (a timeline) was shown. */
  public void readOf(String resourceType, String patientId) {
    write(AccessLogged.Action.READ, resourceType, Map.of(patientId, Set.of()));
  }

  /** The records left the system in a file the user downloaded. */
  public void exported(String resourceType, Collection<? extends PersonalRecord> records) {
    Map<String, Set<String>> byPatient = new LinkedHashMap<>();
    for (PersonalRecord record : records) {
      byPatient
          .computeIfAbsent(record.patientId(), patient -> new LinkedHashSet<>())
          .add(record.recordId());
    }
    write(AccessLogged.Action.EXPORT, resourceType, byPatient);
  }

  /** The record was printed on a document the user downloaded or printed (slip, letter). */
  public void printed(String resourceType, PersonalRecord record) {
    write(
        AccessLogged.Action.PRINT,
        resourceType,
        Map.of(record.patientId(), Set.of(record.recordId())));
  }

  private void write(
      AccessLogged.Action action, String resourceType, Map<String, Set<String>> byPatient) {
    if (byPatient.isEmpty()) {
      return;
    }
    String actor = caller.get().username();
    String address = clientAddress();
    var at = clock.instant();
    List<AccessRecord> rows = new ArrayList<>();
    byPatient.forEach(
        (patientId, records) ->
            rows.add(
                new AccessRecord(
                    0,
                    at,
                    actor,
                    action.name(),
                    resourceType,
                    records.size() == 1 ? records.iterator().next() : null,
                    patientId,
                    address)));
    audit.recordAccess(rows);
  }

  /**
   * The connection's peer, or, behind a trusted proxy ({@code
   * alliancecare.access-log.trust-forwarded-for}), the last hop of {@code X-Forwarded-For}: the
   * same address the API's access log records.
   */
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
