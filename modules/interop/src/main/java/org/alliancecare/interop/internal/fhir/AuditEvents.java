package org.alliancecare.interop.internal.fhir;

import static org.alliancecare.interop.internal.fhir.ClinicalSystems.ACCESS_ACTION;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.AUDIT_ENTITY_TYPE;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.DICOM;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.JOURNAL_EVENT;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.OBJECT_ROLE;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.RECORD;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.RECORD_TYPE;
import static org.alliancecare.interop.internal.fhir.ClinicalSystems.SECURITY_SOURCE_TYPE;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.api.JournalEntry;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentNetworkType;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;

/**
 * The audit trail as FHIR AuditEvents, for auditors: each journal entry (a change of a record,
 * {@code j<seq>}) and each access-log row (a read, export or unmasking of a patient's record,
 * {@code a<id>}). The type is DICOM's "Patient Record" event (a change) or "Query" (a read), the
 * subtype our event type or access action; the agent is the account; the entities are the record
 * and its patient.
 */
final class AuditEvents {

  static final String JOURNAL_PREFIX = "j";
  static final String ACCESS_PREFIX = "a";

  /** Our records' stream types and the FHIR resources that show them. */
  private static final Map<String, String> RESOURCE_OF_STREAM =
      Map.of(
          "Screening", "Observation",
          "Referral", "ServiceRequest",
          "RehabilitationCase", "EpisodeOfCare",
          "Patient", "Patient",
          "Practitioner", "Practitioner",
          "Organisation", "Organization");

  private AuditEvents() {}

  static AuditEvent ofJournal(JournalEntry entry) {
    AuditEvent event = new AuditEvent();
    event.setId(JOURNAL_PREFIX + entry.seq());
    event.getMeta().setLastUpdatedElement(new InstantType(Date.from(entry.recordedAt())));
    event.setType(new Coding(DICOM, "110110", "Patient Record"));
    event.addSubtype(new Coding(JOURNAL_EVENT, entry.eventType(), entry.eventType()));
    event.setAction(entry.streamVersion() == 1 ? AuditEventAction.C : AuditEventAction.U);
    event.setPeriod(
        new org.hl7.fhir.r4.model.Period()
            .setStart(Date.from(entry.occurredAt()))
            .setEnd(Date.from(entry.occurredAt())));
    event.setRecorded(Date.from(entry.recordedAt()));
    event.setOutcome(AuditEventOutcome._0);
    agent(event, entry.actor());
    source(event);
    AuditEvent.AuditEventEntityComponent record =
        event
            .addEntity()
            .setWhat(record(entry.streamType(), entry.streamId()))
            .setType(new Coding(AUDIT_ENTITY_TYPE, "2", "System Object"))
            .setRole(new Coding(OBJECT_ROLE, "4", "Domain Resource"));
    record.setDescription(
        entry.streamType() + " " + entry.streamId() + " v" + entry.streamVersion());
    patient(event, entry.patientId());
    return event;
  }

  static AuditEvent ofAccess(AccessRecord access) {
    AuditEvent event = new AuditEvent();
    event.setId(ACCESS_PREFIX + access.id());
    event.getMeta().setLastUpdatedElement(new InstantType(Date.from(access.at())));
    event.setType(new Coding(DICOM, "110112", "Query"));
    event.addSubtype(new Coding(ACCESS_ACTION, access.action(), access.action()));
    event.setAction(AuditEventAction.R);
    event.setRecorded(Date.from(access.at()));
    event.setOutcome(AuditEventOutcome._0);
    AuditEvent.AuditEventAgentComponent agent = agent(event, access.actor());
    if (access.clientAddress() != null && !access.clientAddress().isBlank()) {
      agent.getNetwork().setAddress(access.clientAddress()).setType(AuditEventAgentNetworkType._2);
    }
    source(event);
    if (access.resourceType() != null) {
      AuditEvent.AuditEventEntityComponent record =
          event
              .addEntity()
              .setType(new Coding(RECORD_TYPE, access.resourceType(), access.resourceType()))
              .setRole(new Coding(OBJECT_ROLE, "4", "Domain Resource"));
      if (access.resourceId() != null) {
        record.setWhat(record(access.resourceType(), access.resourceId()));
      } else {
        record.setDescription("several " + access.resourceType() + " records of the patient");
      }
    }
    patient(event, access.patientId());
    return event;
  }

  /** The FHIR resource of one of our records, if it has one, else the record by identifier. */
  static Reference record(String type, String id) {
    String resource = RESOURCE_OF_STREAM.get(type);
    if (resource != null) {
      return new Reference(resource + "/" + id);
    }
    return new Reference()
        .setIdentifier(new Identifier().setSystem(RECORD).setValue(type + "/" + id))
        .setDisplay(type + " " + id);
  }

  /** Our stream type and id of a FHIR reference ({@code Observation/…} is a Screening's). */
  static Optional<String[]> streamOf(String resourceType, String id) {
    return RESOURCE_OF_STREAM.entrySet().stream()
        .filter(e -> e.getValue().equals(resourceType))
        .findFirst()
        .map(e -> new String[] {e.getKey(), id});
  }

  private static AuditEvent.AuditEventAgentComponent agent(AuditEvent event, String actor) {
    return event
        .addAgent()
        .setRequestor(true)
        .setWho(ReferralResources.account(actor))
        .setAltId(actor);
  }

  private static void source(AuditEvent event) {
    event
        .getSource()
        .setSite("AllianceCare")
        .setObserver(new Reference().setDisplay("AllianceCare"))
        .addType(new Coding(SECURITY_SOURCE_TYPE, "4", "Application Server"));
  }

  private static void patient(AuditEvent event, String patientId) {
    if (patientId != null) {
      event
          .addEntity()
          .setWhat(new Reference("Patient/" + patientId))
          .setType(new Coding(AUDIT_ENTITY_TYPE, "1", "Person"))
          .setRole(new Coding(OBJECT_ROLE, "1", "Patient"));
    }
  }
}
