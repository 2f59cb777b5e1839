package org.alliancecare.app.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.audit.api.AccessQuery;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/**
 * The access-log search of an auditor ({@code GET /api/audit/access}): by patient, by actor, by
 * days (in the user's time zone), in log order, a page at a time.
 */
@Named
@ViewScoped
public class AccessLogPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 100;

  @Inject transient AuditFacade audit;
  @Inject transient Preferences preferences;
  @Inject transient Feedback feedback;

  private String patientId;
  private String actor;
  private LocalDate from;
  private LocalDate to;
  private final List<AccessRecord> rows = new ArrayList<>();
  private String nextCursor;
  private boolean searched;

  public void search() {
    rows.clear();
    nextCursor = null;
    more();
  }

  public void more() {
    AccessQuery query =
        new AccessQuery(
            PatientSearchPage.blankToNull(patientId),
            PatientSearchPage.blankToNull(actor),
            startOf(from),
            to == null ? null : startOf(to.plusDays(1)));
    Page<AccessRecord> page =
        feedback
            .attempt(() -> audit.accessLog(query, PageRequest.of(PAGE, nextCursor)))
            .orElse(null);
    searched = true;
    if (page != null) {
      rows.addAll(page.items());
      nextCursor = page.nextCursor();
    }
  }

  private Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(preferences.zoneId()).toInstant();
  }

  public boolean isMoreAvailable() {
    return nextCursor != null;
  }

  public boolean isSearched() {
    return searched;
  }

  public List<AccessRecord> getRows() {
    return rows;
  }

  public String getPatientId() {
    return patientId;
  }

  public void setPatientId(String patientId) {
    this.patientId = patientId;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
