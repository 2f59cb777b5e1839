package org.alliancecare.interop.internal.fhir;

/**
 * The identifier and code systems of the resources we produce (docs/fhir.md, Identifier systems).
 * Our own are URLs under {@value #BASE}; the resident identity number uses the OID of China's
 * health information standards for the resident identity card number.
 */
public final class Systems {

  public static final String BASE = "https://alliancecare.org/fhir/";

  /** A patient's id in AllianceCare (a UUID). */
  public static final String PATIENT_ID = BASE + "sid/patient-id";

  /** A guardian of a patient: {@code <patient id>-<n>}, the n-th guardian on the record. */
  public static final String GUARDIAN_ID = BASE + "sid/guardian-id";

  /** A consent's id in AllianceCare. */
  public static final String CONSENT_ID = BASE + "sid/consent-id";

  /**
   * The resident identity card number (居民身份证号码, GB 11643): the OID given to it by the national
   * health information standards (WS 364 / WS/T 500 documents, {@code 2.16.156.10011.1.3}). See
   * docs/fhir.md for the status of this choice.
   */
  public static final String RESIDENT_ID = "urn:oid:2.16.156.10011.1.3";

  /** A place's code: GB/T 2260 administrative division codes, or our local codes until known. */
  public static final String PLACE_CODE = BASE + "sid/place-code";

  /** An organisation's short handle (e.g. {@code AKS-H1}). */
  public static final String ORGANISATION_KEY = BASE + "sid/organisation-key";

  /** An organisation's id in AllianceCare. */
  public static final String ORGANISATION_ID = BASE + "sid/organisation-id";

  /** A practitioner's id in AllianceCare. */
  public static final String PRACTITIONER_ID = BASE + "sid/practitioner-id";

  /** HL7 v2 table 0203, identifier types. */
  public static final String V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";

  /** HL7 v3 ObservationValue, for the security label {@code MASKED}. */
  public static final String V3_OBSERVATION_VALUE =
      "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

  /** ISO 21090's name representation: ideographic (IDE) or alphabetic (ABC). */
  public static final String NAME_REPRESENTATION_EXTENSION =
      "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";

  private Systems() {}
}
