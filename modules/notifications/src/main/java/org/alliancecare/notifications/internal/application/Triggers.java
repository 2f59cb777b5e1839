package org.alliancecare.notifications.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancecare.notifications.internal.domain.Cause;
import org.alliancecare.notifications.internal.domain.RecipientRole;
import org.alliancecare.notifications.internal.domain.ReminderRule;
import org.alliancecare.notifications.internal.domain.Staff;
import org.alliancecare.notifications.internal.domain.TrackedClinic;
import org.alliancecare.notifications.internal.domain.TrackedMilestone;
import org.alliancecare.notifications.internal.domain.TrackedReferral;
import org.alliancecare.notifications.internal.domain.TriggerKind;
import org.alliancecare.notifications.internal.persistence.RuleBook;
import org.alliancecare.notifications.internal.persistence.TrackedFacts;

/**
 * Each trigger of the rules: which records it finds on a day (or which an event names), what the
 * reminder about each is (its {@link Cause}), and who each role of the rule is for that record.
 * Writing a reminder twice writes it once, so a trigger may look at the same records again.
 */
@ApplicationScoped
public class Triggers {

  /** Milestones overdue for longer than this are no longer reminded of. */
  static final int OVERDUE_LOOKBACK_DAYS = 365;

  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MM-dd");

  @Inject RuleBook rules;
  @Inject TrackedFacts facts;
  @Inject Reminders reminders;
  @Inject Staff staff;

  public Triggers() {}

  public Triggers(RuleBook rules, TrackedFacts facts, Reminders reminders, Staff staff) {
    this.rules = rules;
    this.facts = facts;
    this.reminders = reminders;
    this.staff = staff;
  }

  /** Runs every scanned rule for the business day {@code today}; answers the reminders written. */
  public int scan(LocalDate today) {
    int written = 0;
    for (ReminderRule rule : rules.enabled(TriggerKind.REFERRAL_NOT_ACCEPTED)) {
      for (TrackedReferral referral : facts.notAcceptedSince(today.minusDays(rule.days()))) {
        written += referral(rule, referral, "requested " + referral.requestedOn());
      }
    }
    for (ReminderRule rule : rules.enabled(TriggerKind.REFERRAL_OVERDUE)) {
      for (TrackedReferral referral : facts.openDueBefore(today.minusDays(rule.days()))) {
        written += referral(rule, referral, "due " + referral.dueOn());
      }
    }
    for (ReminderRule rule : rules.enabled(TriggerKind.MILESTONE_DUE)) {
      for (TrackedMilestone milestone :
          facts.plannedDueBetween(today, today.plusDays(rule.days()))) {
        written += milestone(rule, milestone);
      }
    }
    for (ReminderRule rule : rules.enabled(TriggerKind.MILESTONE_OVERDUE)) {
      LocalDate dueBefore = today.minusDays(rule.days());
      for (TrackedMilestone milestone :
          facts.plannedDueBetween(
              dueBefore.minusDays(OVERDUE_LOOKBACK_DAYS), dueBefore.minusDays(1))) {
        written += milestone(rule, milestone);
      }
    }
    for (ReminderRule rule : rules.enabled(TriggerKind.CLINIC_AHEAD)) {
      LocalDate heldOn = today.plusDays(rule.days());
      for (TrackedClinic clinic : facts.publishedOn(heldOn)) {
        written += clinic(rule, clinic, "held " + heldOn);
      }
    }
    return written;
  }

  /** The clinic was published, or (when {@code moved}) a published clinic moved. */
  public int clinicAnnounced(String clinicId, boolean moved) {
    int written = 0;
    TriggerKind trigger = moved ? TriggerKind.CLINIC_MOVED : TriggerKind.CLINIC_PUBLISHED;
    for (TrackedClinic clinic : facts.clinic(clinicId).stream().toList()) {
      for (ReminderRule rule : rules.enabled(trigger)) {
        written += clinic(rule, clinic, "change " + clinic.sequence());
      }
    }
    return written;
  }

  private int referral(ReminderRule rule, TrackedReferral referral, String occasion) {
    Cause cause =
        new Cause(
            "Referral",
            referral.referralId(),
            occasion,
            referral.referralNumber(),
            referral.placeCode(),
            "app/records/referral.xhtml?id=" + referral.referralId(),
            referral.specialty(),
            Map.of(
                "hospital", staff.organisationName(referral.toOrganisationId()),
                "dueOn", referral.dueOn().format(SHORT_DAY),
                "days", String.valueOf(rule.days())));
    List<String> accounts = new ArrayList<>();
    if (rule.recipients().contains(RecipientRole.REFERRING_DOCTOR)) {
      accounts.add(referral.referringUsername());
    }
    if (rule.recipients().contains(RecipientRole.RECEIVING_COORDINATORS)) {
      staff
          .placeOfOrganisation(referral.toOrganisationId())
          .ifPresent(place -> accounts.addAll(staff.coordinatorsCovering(place)));
    }
    if (rule.recipients().contains(RecipientRole.CASE_COORDINATORS)) {
      accounts.addAll(staff.coordinatorsCovering(referral.placeCode()));
    }
    return reminders.toFamily(rule, cause, referral.patientId())
        + reminders.toStaff(rule, cause, accounts);
  }

  private int milestone(ReminderRule rule, TrackedMilestone milestone) {
    Cause cause =
        new Cause(
            "Milestone",
            milestone.milestoneId(),
            "due " + milestone.dueOn(),
            milestone.caseNumber(),
            milestone.placeCode(),
            "app/records/case.xhtml?id=" + milestone.caseId(),
            null,
            Map.of("milestone", milestone.title(), "dueOn", milestone.dueOn().toString()));
    List<String> accounts = new ArrayList<>();
    if (rule.recipients().contains(RecipientRole.CASE_COORDINATORS)) {
      accounts.addAll(staff.coordinatorsCovering(milestone.placeCode()));
    }
    return reminders.toFamily(rule, cause, milestone.patientId())
        + reminders.toStaff(rule, cause, accounts);
  }

  private int clinic(ReminderRule rule, TrackedClinic clinic, String occasion) {
    Cause cause =
        new Cause(
            "Clinic",
            clinic.clinicId(),
            occasion,
            clinic.clinicNumber(),
            clinic.placeCode(),
            "app/clinic.xhtml?id=" + clinic.clinicId(),
            null,
            Map.of(
                "clinic", clinic.title(),
                "venue", clinic.venue(),
                "date", clinic.heldOn().toString(),
                "time", clinic.startsAt().toString()));
    int written = 0;
    if (rule.recipients().contains(RecipientRole.CLINIC_STAFF)) {
      List<String> accounts = new ArrayList<>();
      for (String practitioner : facts.staffOf(clinic.clinicId())) {
        accounts.addAll(staff.accountsOf(practitioner));
      }
      written += reminders.toStaff(rule, cause, accounts);
    }
    if (rule.recipients().contains(RecipientRole.FAMILY)) {
      for (String patient : facts.bookedAt(clinic.clinicId())) {
        written += reminders.toFamily(rule, cause, patient);
      }
    }
    return written;
  }
}
