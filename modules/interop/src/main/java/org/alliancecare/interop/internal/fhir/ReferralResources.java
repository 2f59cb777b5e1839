package org.alliancecare.interop.internal.fhir;

import static org.alliancecare.interop.internal.fhir.ClinicalSystems.ACCOUNT;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.REFERRAL_NUMBER;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.REFERRAL_OUTPUT;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.REFERRAL_STATUS;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.SNOMED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.TransitionView;
import org.alliancecare.referrals.api.Urgency;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskPriority;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * A referral as two resources with the referral's id: the ServiceRequest (what is asked of whom,
 * how urgently, by when, and why: the screening) and the Task that tracks it (our workflow status,
 * who owns it, the outcome the receiving organisation reports back).
 */
final class ReferralResources {

  /** Dates of the program are Beijing dates (docs/screening.md, "The screening day"). */
  static final ZoneId PROGRAM_ZONE = ZoneId.of("Asia/Shanghai");

  private ReferralResources() {}

  static ServiceRequest serviceRequest(ReferralView referral) {
    ServiceRequest request = new ServiceRequest();
    request.setId(referral.id());
    meta(request, referral);
    request.addIdentifier(number(referral));
    request.setStatus(requestStatus(referral.status()));
    request.setIntent(ServiceRequestIntent.ORDER);
    request.addCategory(
        new CodeableConcept(new Coding(SNOMED, "3457005", "Patient referral (procedure)")));
    request.setCode(new CodeableConcept().setText(referral.specialty()));
    request.setPriority(
        referral.urgency() == Urgency.URGENT
            ? ServiceRequestPriority.URGENT
            : ServiceRequestPriority.ROUTINE);
    request.setSubject(patient(referral));
    request.setOccurrence(new Period().setEndElement(date(referral.dueOn())));
    request.setAuthoredOn(Date.from(referral.requestedAt()));
    request.setRequester(account(referral.requestedBy()));
    request.addPerformer(new Reference("Organization/" + referral.toOrganisationId()));
    if (referral.reason() != null && !referral.reason().isBlank()) {
      request.addReasonCode().setText(referral.reason());
    }
    if (referral.source() != null && referral.source().kind() == SourceKind.SCREENING) {
      request.addReasonReference(new Reference("Observation/" + referral.source().id()));
    }
    return request;
  }

  static Task task(ReferralView referral) {
    Task task = new Task();
    task.setId(referral.id());
    meta(task, referral);
    task.addIdentifier(number(referral));
    task.setStatus(taskStatus(referral.status()));
    task.setBusinessStatus(
        new CodeableConcept(
                new Coding(REFERRAL_STATUS, referral.status().name(), referral.status().name()))
            .setText(referral.overdue() ? referral.status().name() + ", overdue" : null));
    task.setIntent(TaskIntent.ORDER);
    task.setPriority(
        referral.urgency() == Urgency.URGENT ? TaskPriority.URGENT : TaskPriority.ROUTINE);
    task.addBasedOn(new Reference("ServiceRequest/" + referral.id()));
    task.setFocus(new Reference("ServiceRequest/" + referral.id()));
    task.setFor(patient(referral));
    task.setAuthoredOn(Date.from(referral.requestedAt()));
    task.setLastModified(Date.from(lastUpdated(referral)));
    task.setRequester(account(referral.requestedBy()));
    task.setOwner(new Reference("Organization/" + referral.toOrganisationId()));
    task.getRestriction().setPeriod(new Period().setEndElement(date(referral.dueOn())));
    if (referral.appointmentAt() != null || referral.completedAt() != null) {
      Period execution = new Period();
      if (referral.appointmentAt() != null) {
        execution.setStart(Date.from(referral.appointmentAt()));
      }
      if (referral.completedAt() != null) {
        execution.setEnd(Date.from(referral.completedAt()));
      }
      task.setExecutionPeriod(execution);
    }
    lastReason(referral)
        .ifPresent(reason -> task.setStatusReason(new CodeableConcept().setText(reason)));
    if (referral.outcome() != null) {
      task.addOutput()
          .setType(new CodeableConcept(new Coding(REFERRAL_OUTPUT, "outcome", "Outcome")))
          .setValue(new StringType(referral.outcome()));
    }
    if (referral.findings() != null) {
      task.addOutput()
          .setType(new CodeableConcept(new Coding(REFERRAL_OUTPUT, "findings", "Findings")))
          .setValue(new StringType(referral.findings()));
    }
    return task;
  }

  /**
   * ServiceRequest.status: the request stands while the referral is open, is completed with it, and
   * is revoked when the receiving organisation declined it or the requester cancelled it.
   */
  static ServiceRequestStatus requestStatus(ReferralStatus status) {
    return switch (status) {
      case REQUESTED, ACCEPTED, SCHEDULED -> ServiceRequestStatus.ACTIVE;
      case COMPLETED -> ServiceRequestStatus.COMPLETED;
      case DECLINED, CANCELLED -> ServiceRequestStatus.REVOKED;
    };
  }

  /**
   * Task.status: our workflow follows FHIR's task state machine; SCHEDULED is its {@code ready}.
   */
  static TaskStatus taskStatus(ReferralStatus status) {
    return switch (status) {
      case REQUESTED -> TaskStatus.REQUESTED;
      case ACCEPTED -> TaskStatus.ACCEPTED;
      case SCHEDULED -> TaskStatus.READY;
      case COMPLETED -> TaskStatus.COMPLETED;
      case DECLINED -> TaskStatus.REJECTED;
      case CANCELLED -> TaskStatus.CANCELLED;
    };
  }

  /** When the referral last moved: its newest transition, or the request. */
  static Instant lastUpdated(ReferralView referral) {
    return Stream.concat(
            Stream.of(referral.requestedAt(), referral.completedAt()),
            transitions(referral).stream().map(TransitionView::at))
        .filter(at -> at != null)
        .max(Instant::compareTo)
        .orElseThrow();
  }

  private static java.util.Optional<String> lastReason(ReferralView referral) {
    List<TransitionView> transitions = transitions(referral);
    if (transitions.isEmpty()) {
      return java.util.Optional.empty();
    }
    TransitionView last = transitions.get(transitions.size() - 1);
    return last.to() == referral.status() && last.reason() != null && !last.reason().isBlank()
        ? java.util.Optional.of(last.reason())
        : java.util.Optional.empty();
  }

  private static List<TransitionView> transitions(ReferralView referral) {
    return referral.transitions() == null ? List.of() : referral.transitions();
  }

  private static void meta(Resource resource, ReferralView referral) {
    resource.getMeta().setVersionId(Long.toString(referral.version()));
    resource.getMeta().setLastUpdatedElement(new InstantType(Date.from(lastUpdated(referral))));
  }

  private static Identifier number(ReferralView referral) {
    return new Identifier().setSystem(REFERRAL_NUMBER).setValue(referral.referralNumber());
  }

  private static Reference patient(ReferralView referral) {
    return new Reference("Patient/" + referral.patientId());
  }

  /** An account, named by its identifier: the referral records the account, not a practitioner. */
  static Reference account(String username) {
    return new Reference()
        .setIdentifier(new Identifier().setSystem(ACCOUNT).setValue(username))
        .setDisplay(username);
  }

  static DateTimeType date(LocalDate day) {
    return new DateTimeType(day.toString());
  }
}
