package org.alliancecare.notifications.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.alliancecare.notifications.internal.domain.Staff;
import org.alliancecare.notifications.internal.domain.TrackedClinic;
import org.alliancecare.notifications.internal.domain.TrackedMilestone;
import org.alliancecare.notifications.internal.domain.TrackedReferral;
import org.alliancecare.notifications.internal.persistence.TrackedFacts;
import org.alliancecare.outreach.api.events.ClinicCancelled;
import org.alliancecare.outreach.api.events.ClinicCompleted;
import org.alliancecare.outreach.api.events.ClinicPlanned;
import org.alliancecare.outreach.api.events.ClinicPublished;
import org.alliancecare.outreach.api.events.ClinicRescheduled;
import org.alliancecare.outreach.api.events.ClinicRevised;
import org.alliancecare.outreach.api.events.ClinicStarted;
import org.alliancecare.outreach.api.events.PatientAttended;
import org.alliancecare.outreach.api.events.StaffAssigned;
import org.alliancecare.outreach.api.events.StaffReleased;
import org.alliancecare.referrals.api.events.ReferralEvent;
import org.alliancecare.referrals.api.events.ReferralReassigned;
import org.alliancecare.referrals.api.events.ReferralRequested;
import org.alliancecare.rehabilitation.api.events.MilestoneAchieved;
import org.alliancecare.rehabilitation.api.events.MilestonePlanned;
import org.alliancecare.rehabilitation.api.events.MilestoneRescheduled;
import org.alliancecare.rehabilitation.api.events.MilestoneSkipped;
import org.alliancecare.screening.api.events.ScreeningRecorded;

/**
 * Keeps the facts the rules look at from the modules' events, synchronously, in the transaction
 * that raised each event; and writes the reminders an event causes (a clinic published or moved)
 * into the outbox in that same transaction, so that a change and its reminders commit together or
 * not at all — the transactional outbox.
 */
@ApplicationScoped
public class FactsFromEvents {

  private static final String PLANNED = "PLANNED";
  private static final String PUBLISHED = "PUBLISHED";
  // values of other modules' api types that their events carry (outreach's AttendanceKind,
  // referrals' SourceKind), compared as text: notifications may use only their api.events
  private static final String BOOKED = "BOOKED";
  private static final String SCREENING = "SCREENING";

  @Inject TrackedFacts facts;
  @Inject Triggers triggers;
  @Inject Staff staff;

  public FactsFromEvents() {}

  public FactsFromEvents(TrackedFacts facts, Triggers triggers, Staff staff) {
    this.facts = facts;
    this.triggers = triggers;
    this.staff = staff;
  }

  void screeningRecorded(@Observes ScreeningRecorded recorded) {
    facts.screeningAuthor(recorded.screeningId(), recorded.actor());
  }

  void referralRequested(@Observes ReferralRequested requested) {
    facts.referralRequested(
        new TrackedReferral(
            requested.referralId(),
            requested.referralNumber(),
            requested.patient(),
            requested.placeCode(),
            requested.toOrganisationId(),
            requested.specialty(),
            requested.requestedOn(),
            requested.dueOn(),
            referringDoctor(requested),
            String.valueOf(requested.status())),
        requested.occurredAt());
  }

  /**
   * Who made the referral: its actor, unless that is no account (a referral the system made from a
   * REFER screening), then whoever recorded the screening.
   */
  private String referringDoctor(ReferralRequested requested) {
    if (SCREENING.equals(String.valueOf(requested.sourceKind()))
        && staff.member(requested.actor()).isEmpty()) {
      return facts.authorOf(requested.sourceId()).orElse(requested.actor());
    }
    return requested.actor();
  }

  void referralMoved(@Observes ReferralEvent event) {
    if (event instanceof ReferralRequested) {
      return;
    }
    if (event instanceof ReferralReassigned reassigned) {
      facts.referralReassigned(reassigned.referralId(), reassigned.patient());
      return;
    }
    facts.referralMoved(event.referralId(), String.valueOf(event.status()), event.occurredAt());
  }

  void milestonePlanned(@Observes MilestonePlanned planned) {
    facts.milestonePlanned(
        new TrackedMilestone(
            planned.milestoneId(),
            planned.caseId(),
            planned.caseNumber(),
            planned.patient(),
            planned.placeCode(),
            planned.title() != null ? planned.title() : planned.kind(),
            planned.dueOn()),
        planned.occurredAt());
  }

  void milestoneRescheduled(@Observes MilestoneRescheduled rescheduled) {
    facts.milestoneRescheduled(
        rescheduled.milestoneId(), rescheduled.dueOn(), rescheduled.occurredAt());
  }

  void milestoneAchieved(@Observes MilestoneAchieved achieved) {
    facts.milestoneEnded(achieved.milestoneId(), "ACHIEVED", achieved.occurredAt());
  }

  void milestoneSkipped(@Observes MilestoneSkipped skipped) {
    facts.milestoneEnded(skipped.milestoneId(), "SKIPPED", skipped.occurredAt());
  }

  void clinicPlanned(@Observes ClinicPlanned planned) {
    facts.clinicPlanned(
        new TrackedClinic(
            planned.clinicId(),
            planned.clinicNumber(),
            planned.title(),
            planned.placeCode(),
            planned.venue(),
            planned.date(),
            planned.startTime(),
            ZoneId.of(planned.timeZone()).getId(),
            PLANNED,
            0));
  }

  void clinicPublished(@Observes ClinicPublished published) {
    facts.clinicStatus(published.clinicId(), PUBLISHED);
    triggers.clinicAnnounced(published.clinicId(), false);
  }

  void clinicRescheduled(@Observes ClinicRescheduled rescheduled) {
    facts.clinicRescheduled(
        rescheduled.clinicId(),
        rescheduled.date(),
        rescheduled.startTime(),
        rescheduled.timeZone(),
        rescheduled.sequence());
    boolean published =
        facts
            .clinic(rescheduled.clinicId())
            .map(clinic -> PUBLISHED.equals(clinic.status()))
            .orElse(false);
    if (published) {
      triggers.clinicAnnounced(rescheduled.clinicId(), true);
    }
  }

  void clinicRevised(@Observes ClinicRevised revised) {
    facts.clinicRevised(revised.clinicId(), revised.title(), revised.placeCode(), revised.venue());
  }

  void clinicStarted(@Observes ClinicStarted started) {
    facts.clinicStatus(started.clinicId(), "STARTED");
  }

  void clinicCompleted(@Observes ClinicCompleted completed) {
    facts.clinicStatus(completed.clinicId(), "COMPLETED");
  }

  void clinicCancelled(@Observes ClinicCancelled cancelled) {
    facts.clinicStatus(cancelled.clinicId(), "CANCELLED");
  }

  void staffAssigned(@Observes StaffAssigned assigned) {
    facts.staffAssigned(assigned.clinicId(), assigned.practitionerId());
  }

  void staffReleased(@Observes StaffReleased released) {
    facts.staffReleased(released.clinicId(), released.practitionerId());
  }

  void patientAttended(@Observes PatientAttended attended) {
    if (BOOKED.equals(attended.kind())) {
      facts.booked(attended.clinicId(), attended.attendingPatientId());
    }
  }
}
