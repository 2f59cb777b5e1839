package org.alliancecare.reporting.internal.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.outreach.api.events.AttendanceMovedToSurvivor;
import org.alliancecare.outreach.api.events.ClinicCancelled;
import org.alliancecare.outreach.api.events.ClinicCompleted;
import org.alliancecare.outreach.api.events.ClinicPlanned;
import org.alliancecare.outreach.api.events.ClinicPublished;
import org.alliancecare.outreach.api.events.ClinicRescheduled;
import org.alliancecare.outreach.api.events.ClinicRevised;
import org.alliancecare.outreach.api.events.ClinicStarted;
import org.alliancecare.outreach.api.events.PatientAttended;
import org.alliancecare.patients.api.events.PatientEdited;
import org.alliancecare.patients.api.events.PatientRegistered;
import org.alliancecare.patients.api.events.PatientsMerged;
import org.alliancecare.referrals.api.events.ReferralAccepted;
import org.alliancecare.referrals.api.events.ReferralCancelled;
import org.alliancecare.referrals.api.events.ReferralCompleted;
import org.alliancecare.referrals.api.events.ReferralDeclined;
import org.alliancecare.referrals.api.events.ReferralReassigned;
import org.alliancecare.referrals.api.events.ReferralRequested;
import org.alliancecare.referrals.api.events.ReferralScheduled;
import org.alliancecare.rehabilitation.api.events.CaseCarriedOver;
import org.alliancecare.rehabilitation.api.events.CaseEnrolled;
import org.alliancecare.rehabilitation.api.events.CaseReassigned;
import org.alliancecare.rehabilitation.api.events.CaseStageChanged;
import org.alliancecare.rehabilitation.api.events.MilestoneAchieved;
import org.alliancecare.rehabilitation.api.events.MilestonePlanned;
import org.alliancecare.rehabilitation.api.events.MilestoneRescheduled;
import org.alliancecare.rehabilitation.api.events.MilestoneSkipped;
import org.alliancecare.reporting.internal.persistence.ReadModels;
import org.alliancecare.screening.api.events.ScreeningCorrected;
import org.alliancecare.screening.api.events.ScreeningMovedToSurvivor;
import org.alliancecare.screening.api.events.ScreeningRecorded;

/**
 * Which events the read models follow and what each does to them: the one projection that live
 * events and a rebuild from the journal both go through.
 */
final class Projection {

  private static final Map<Class<? extends DomainEvent>, BiConsumer<ReadModels, DomainEvent>>
      HANDLERS = new HashMap<>();
  private static final Map<String, Class<? extends DomainEvent>> BY_NAME = new HashMap<>();

  static {
    on(PatientRegistered.class, ReadModels::project);
    on(PatientEdited.class, ReadModels::project);
    on(PatientsMerged.class, ReadModels::project);

    on(ClinicPlanned.class, ReadModels::project);
    on(ClinicRevised.class, ReadModels::project);
    on(ClinicRescheduled.class, ReadModels::project);
    on(ClinicPublished.class, ReadModels::project);
    on(ClinicStarted.class, ReadModels::project);
    on(ClinicCompleted.class, ReadModels::project);
    on(ClinicCancelled.class, ReadModels::project);
    on(PatientAttended.class, ReadModels::project);
    on(AttendanceMovedToSurvivor.class, ReadModels::project);

    on(ScreeningRecorded.class, ReadModels::project);
    on(ScreeningCorrected.class, ReadModels::project);
    on(ScreeningMovedToSurvivor.class, ReadModels::project);

    on(ReferralRequested.class, ReadModels::project);
    on(ReferralAccepted.class, ReadModels::projectStatus);
    on(ReferralScheduled.class, ReadModels::projectStatus);
    on(ReferralDeclined.class, ReadModels::projectStatus);
    on(ReferralCancelled.class, ReadModels::projectStatus);
    on(ReferralCompleted.class, ReadModels::project);
    on(ReferralReassigned.class, ReadModels::project);

    on(CaseEnrolled.class, ReadModels::project);
    on(CaseCarriedOver.class, ReadModels::project);
    on(CaseStageChanged.class, ReadModels::project);
    on(CaseReassigned.class, ReadModels::project);
    on(MilestonePlanned.class, ReadModels::project);
    on(MilestoneRescheduled.class, ReadModels::project);
    on(MilestoneAchieved.class, ReadModels::project);
    on(MilestoneSkipped.class, ReadModels::project);
  }

  private Projection() {}

  private static <E extends DomainEvent> void on(
      Class<E> type, BiConsumer<ReadModels, ? super E> handler) {
    HANDLERS.put(type, (models, event) -> handler.accept(models, type.cast(event)));
    if (BY_NAME.put(type.getSimpleName(), type) != null) {
      throw new IllegalStateException("two followed events are named " + type.getSimpleName());
    }
  }

  /** Whether the read models follow this event. */
  static boolean follows(DomainEvent event) {
    return HANDLERS.containsKey(event.getClass());
  }

  /** Applies the event to the read models; an event they do not follow changes nothing. */
  static boolean apply(ReadModels models, DomainEvent event) {
    BiConsumer<ReadModels, DomainEvent> handler = HANDLERS.get(event.getClass());
    if (handler == null) {
      return false;
    }
    handler.accept(models, event);
    return true;
  }

  /** The followed event record whose journal {@code eventType} this is. */
  static Optional<Class<? extends DomainEvent>> eventNamed(String eventType) {
    return Optional.ofNullable(BY_NAME.get(eventType));
  }
}
