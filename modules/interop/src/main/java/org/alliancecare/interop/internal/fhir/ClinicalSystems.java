package org.alliancecare.interop.internal.fhir;

/**
 * The URLs of the code and identifier systems the clinical resources use: the standard ones (LOINC,
 * UCUM, HL7 terminology) and ours, for what no standard names (our classification, statuses and
 * record numbers). Ours are documented in docs/fhir.md ("Clinical types"), each code listed.
 */
final class ClinicalSystems {

  static final String LOINC = "http://loinc.org";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String V3_INTERPRETATION =
      "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
  static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
  static final String AUDIT_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
  static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
  static final String AUDIT_ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
  static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
  static final String SECURITY_SOURCE_TYPE =
      "http://terminology.hl7.org/CodeSystem/security-source-type";
  static final String AUDIT_OUTCOME = "http://hl7.org/fhir/audit-event-outcome";

  private static final String OURS = "https://alliancecare.org/fhir/";

  /** Kind and method of a screening: {@code VISION-OPTOTYPE}, {@code HEARING-PURE_TONE}… */
  static final String SCREENING = OURS + "CodeSystem/screening";

  /** The measured items without a LOINC code: PTA4 per ear, the grades of our classification. */
  static final String SCREENING_ITEM = OURS + "CodeSystem/screening-item";

  /** PASS and REFER: a screening's result, an instrument's or a clinician's outcome. */
  static final String SCREENING_RESULT = OURS + "CodeSystem/screening-result";

  /** Why a screening refers ({@code BELOW_AGE_THRESHOLD}, {@code PTA4_AT_OR_ABOVE_LIMIT}…). */
  static final String SCREENING_REASON = OURS + "CodeSystem/screening-reason";

  /** ICD-11 9D90 presenting-vision categories as docs/screening.md names them. */
  static final String ICD11_VISION_CATEGORY = OURS + "CodeSystem/icd11-vision-category";

  /** GB/T 26341-2010 disability grades (vision and hearing). */
  static final String GB_DISABILITY_GRADE = OURS + "CodeSystem/gb-26341-grade";

  /** WHO World Report on Hearing (2021) grades. */
  static final String WHO_HEARING_GRADE = OURS + "CodeSystem/who-hearing-grade";

  /** A referral's status in our workflow (Task.businessStatus). */
  static final String REFERRAL_STATUS = OURS + "CodeSystem/referral-status";

  /** What the receiving organisation reports back (Task.output types). */
  static final String REFERRAL_OUTPUT = OURS + "CodeSystem/referral-output";

  /** Rehabilitation: programs, conditions, stages, outcomes and milestone kinds. */
  static final String REHABILITATION_PROGRAM = OURS + "CodeSystem/rehabilitation-program";

  static final String REHABILITATION_CONDITION = OURS + "CodeSystem/rehabilitation-condition";
  static final String REHABILITATION_STAGE = OURS + "CodeSystem/rehabilitation-stage";
  static final String CASE_OUTCOME = OURS + "CodeSystem/case-outcome";
  static final String MILESTONE_KIND = OURS + "CodeSystem/milestone-kind";

  /** The journal's event types and the access log's actions (AuditEvent.subtype). */
  static final String JOURNAL_EVENT = OURS + "CodeSystem/journal-event";

  static final String ACCESS_ACTION = OURS + "CodeSystem/access-action";

  /** The kinds of our records an access-log row names (AuditEvent.entity.type). */
  static final String RECORD_TYPE = OURS + "CodeSystem/record-type";

  /** Identifier systems. */
  static final String REFERRAL_NUMBER = OURS + "sid/referral-number";

  static final String CASE_NUMBER = OURS + "sid/case-number";
  static final String ACCOUNT = OURS + "sid/account";
  static final String RECORD = OURS + "sid/record";

  private ClinicalSystems() {}
}
