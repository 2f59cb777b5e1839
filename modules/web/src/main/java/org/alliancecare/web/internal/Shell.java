package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.notifications.api.NotificationsFacade;
import org.alliancecare.web.api.BrowserSignIn;
import org.alliancecare.web.api.WebPages;

/**
 * The frame of every page: who is signed in (name, roles, jurisdiction in the page's language),
 * which parts of the navigation their roles may use, and signing out.
 */
@Named
@RequestScoped
public class Shell {

  @Inject CurrentCaller currentCaller;
  @Inject BrowserSignIn signIn;
  @Inject HttpServletRequest request;
  @Inject Names names;
  @Inject NotificationsFacade notifications;

  private Long unread;

  public boolean isSignedIn() {
    return currentCaller.find().isPresent();
  }

  public Caller getCaller() {
    return currentCaller.get();
  }

  public String getDisplayName() {
    return currentCaller.find().map(Caller::displayName).orElse("");
  }

  public String getUsername() {
    return currentCaller.find().map(Caller::username).orElse("");
  }

  /** The caller's roles in the page's language. */
  public String getRoles() {
    return currentCaller
        .find()
        .map(c -> c.roles().stream().map(r -> names.code("role", r)).sorted())
        .map(s -> s.collect(Collectors.joining(", ")))
        .orElse("");
  }

  /** The places of the caller's jurisdiction, named in the page's language. */
  public String getJurisdiction() {
    return currentCaller.find().map(c -> names.places(c.jurisdiction())).orElse("");
  }

  public boolean has(String role) {
    Optional<Caller> caller = currentCaller.find();
    return caller.isPresent() && caller.get().hasRole(Role.valueOf(role));
  }

  public boolean isDoctor() {
    return has(Role.Names.DOCTOR);
  }

  public boolean isLead() {
    return has(Role.Names.ALLIANCE_LEAD);
  }

  public boolean isCoordinator() {
    return has(Role.Names.COORDINATOR);
  }

  public boolean isAuditor() {
    return has(Role.Names.AUDITOR);
  }

  /** Doctors and coordinators record patients, consents and referrals (API.md, Patients). */
  public boolean isClinical() {
    return isDoctor() || isCoordinator();
  }

  /** Doctors, coordinators and auditors read patients' records in their scope. */
  public boolean isRecordsReader() {
    return isDoctor() || isCoordinator() || isAuditor();
  }

  /** Leads and coordinators plan and staff clinics. */
  public boolean isScheduler() {
    return isLead() || isCoordinator();
  }

  /** Coordinators and auditors follow the deliveries of reminders. */
  public boolean isReminderReader() {
    return isCoordinator() || isAuditor();
  }

  /** How many items of the caller's inbox are unread (asked once a request, for the badge). */
  public long getUnread() {
    if (unread == null) {
      unread = currentCaller.find().map(notifications::unread).orElse(0L);
    }
    return unread;
  }

  public String signOut() {
    signIn.signOut(request);
    return WebPages.SIGN_IN_PAGE + "?faces-redirect=true";
  }
}
