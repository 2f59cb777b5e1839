package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alliancecare.audit.api.AccessQuery;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.directory.api.Account;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.patients.api.PatientQuery;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;

/**
 * The access-log search of an auditor ({@code GET /api/audit/access}): by child (their name or
 * record id), by who read (username or part of their name), by days (in the user's time zone), in
 * log order, a page at a time.
 */
@Named
@ViewScoped
public class AccessLogPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 100;
  static final int CHOICES = 20;

  @Inject AuditFacade audit;
  @Inject Preferences preferences;
  @Inject Feedback feedback;
  @Inject PatientsFacade patients;
  @Inject DirectoryFacade directory;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;
  @Inject Texts texts;

  private String patientId;
  private String actor;
  private LocalDate from;
  private LocalDate to;
  private final List<AccessRecord> rows = new ArrayList<>();
  private String nextCursor;
  private boolean searched;
  // what the search fields name, resolved: a child's id, an account's username
  private String searchedPatientId;
  private String searchedActor;
  private List<Choice> childChoices = List.of();
  private List<Choice> actorChoices = List.of();

  /**
   * Searches the log. The child may be named by their record's id or by their name (part of it, as
   * the patient search finds them); who read by username, or by part of the username or the display
   * name. A name that fits several children or accounts offers them to choose from.
   */
  public void search() {
    rows.clear();
    nextCursor = null;
    searched = false;
    childChoices = List.of();
    actorChoices = List.of();
    searchedPatientId = null;
    searchedActor = null;
    String child = PatientSearchPage.blankToNull(patientId);
    if (child != null && !isUuid(child)) {
      List<PatientView> found =
          patients
              .search(new PatientQuery(child, null, null), PageRequest.first(CHOICES), caller.get())
              .items();
      accessTrail.read("Patient", found);
      if (found.size() != 1) {
        childChoices =
            found.stream()
                .map(p -> new Choice(p.id(), p.displayName() + " · " + p.birthDate()))
                .toList();
        if (found.isEmpty()) {
          texts.warn(texts.text("access.noChild", child));
        }
        return;
      }
      child = found.get(0).id();
    }
    String who = PatientSearchPage.blankToNull(actor);
    if (who != null) {
      List<Account> accounts = matchingAccounts(who);
      if (accounts.size() != 1) {
        actorChoices =
            accounts.stream()
                .map(a -> new Choice(a.username(), a.displayName() + " (" + a.username() + ")"))
                .toList();
        if (accounts.isEmpty()) {
          // an account the auditor may not list (outside their scope) is still searched by name
          who = who.strip();
        } else {
          return;
        }
      } else {
        who = accounts.get(0).username();
      }
    }
    searchedPatientId = child;
    searchedActor = who;
    more();
  }

  /** Opened with a child or an account named in the address (a choice of the search): searches. */
  public void searchIfNamed() {
    if (PatientSearchPage.blankToNull(patientId) != null
        || PatientSearchPage.blankToNull(actor) != null) {
      search();
    }
  }

  /** The accounts the caller may list whose username is {@code text}, or else that contain it. */
  private List<Account> matchingAccounts(String text) {
    List<Account> listed =
        feedback
            .attempt(
                () ->
                    directory
                        .accounts(PageRequest.first(PageRequest.MAX_LIMIT), caller.get())
                        .items())
            .orElse(List.of());
    List<Account> exact = listed.stream().filter(a -> a.username().equalsIgnoreCase(text)).toList();
    if (!exact.isEmpty()) {
      return exact;
    }
    String part = text.toLowerCase(Locale.ROOT);
    return listed.stream()
        .filter(
            a ->
                a.username().toLowerCase(Locale.ROOT).contains(part)
                    || a.displayName().toLowerCase(Locale.ROOT).contains(part))
        .toList();
  }

  private static boolean isUuid(String text) {
    try {
      UUID.fromString(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public List<Choice> getChildChoices() {
    return childChoices;
  }

  public List<Choice> getActorChoices() {
    return actorChoices;
  }

  public void more() {
    AccessQuery query =
        new AccessQuery(
            searchedPatientId,
            searchedActor,
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
