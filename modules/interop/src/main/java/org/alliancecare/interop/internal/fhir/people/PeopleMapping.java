package org.alliancecare.interop.internal.fhir.people;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliancecare.directory.api.Place;
import org.alliancecare.interop.internal.fhir.Systems;
import org.alliancecare.patients.api.ChangedConsent;
import org.alliancecare.patients.api.ChangedPatient;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.ConsentView;
import org.alliancecare.patients.api.GuardianView;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.Sex;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;

/** Patients, their guardians and consents as FHIR R4 resources (docs/fhir.md has the tables). */
final class PeopleMapping {

  static final String PATIENT = "Patient";
  static final String RELATED_PERSON = "RelatedPerson";
  static final String CONSENT = "Consent";

  /** Relationships as recorded (Chinese, Uyghur, English words) → HL7 v3 RoleCode. */
  private static final Map<String, String[]> RELATIONSHIPS =
      Map.ofEntries(
          Map.entry("mother", new String[] {"MTH", "mother"}),
          Map.entry("母亲", new String[] {"MTH", "mother"}),
          Map.entry("ئانا", new String[] {"MTH", "mother"}),
          Map.entry("ئانىسى", new String[] {"MTH", "mother"}),
          Map.entry("father", new String[] {"FTH", "father"}),
          Map.entry("父亲", new String[] {"FTH", "father"}),
          Map.entry("ئاتا", new String[] {"FTH", "father"}),
          Map.entry("دادىسى", new String[] {"FTH", "father"}),
          Map.entry("grandmother", new String[] {"GRMTH", "grandmother"}),
          Map.entry("grandfather", new String[] {"GRFTH", "grandfather"}),
          Map.entry("guardian", new String[] {"GUARD", "guardian"}));

  private static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
  private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Urumqi");

  private PeopleMapping() {}

  /**
   * The patient; {@code fullNationalId} the identity number in full when the caller may see it,
   * else null (the masked one is given, with the security label {@code MASKED}).
   */
  static Patient patient(ChangedPatient changed, String fullNationalId, Place place) {
    PatientView view = changed.patient();
    Patient patient = new Patient();
    patient.setId(view.id());
    patient.setMeta(meta(changed.changedAt(), view.version()));
    patient
        .addIdentifier()
        .setUse(Identifier.IdentifierUse.USUAL)
        .setSystem(Systems.PATIENT_ID)
        .setValue(view.id());
    if (view.nationalId() != null) {
      Identifier residentId =
          residentId(fullNationalId != null ? fullNationalId : view.nationalId());
      patient.addIdentifier(residentId);
      if (fullNationalId == null) {
        masked(patient.getMeta());
      }
    }
    patient.setActive(view.mergedInto() == null);
    names(view.name(), view.nameUg(), view.nameUgLatin()).forEach(patient::addName);
    patient.setGender(
        view.sex() == Sex.FEMALE ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
    patient.setBirthDateElement(new DateType(toDate(view.birthDate()), TemporalPrecisionEnum.DAY));
    patient.addAddress(address(view.placeCode(), view.address(), place));
    if (view.mergedInto() != null) {
      patient
          .addLink()
          .setType(Patient.LinkType.REPLACEDBY)
          .setOther(new Reference(PATIENT + "/" + view.mergedInto()));
    }
    return patient;
  }

  /** The id of the n-th (from 1) guardian of a patient. */
  static String guardianId(String patientId, int position) {
    return patientId + "-" + position;
  }

  /** The guardians of a patient, in the record's order. */
  static List<RelatedPerson> guardians(ChangedPatient changed) {
    PatientView view = changed.patient();
    List<GuardianView> guardians = view.guardians();
    java.util.ArrayList<RelatedPerson> people = new java.util.ArrayList<>();
    for (int i = 0; i < guardians.size(); i++) {
      people.add(guardian(changed, i + 1, guardians.get(i)));
    }
    return people;
  }

  private static RelatedPerson guardian(ChangedPatient changed, int position, GuardianView g) {
    PatientView view = changed.patient();
    RelatedPerson person = new RelatedPerson();
    String id = guardianId(view.id(), position);
    person.setId(id);
    person.setMeta(meta(changed.changedAt(), view.version()));
    person
        .addIdentifier()
        .setUse(Identifier.IdentifierUse.USUAL)
        .setSystem(Systems.GUARDIAN_ID)
        .setValue(id);
    if (g.nationalId() != null) {
      person.addIdentifier(residentId(g.nationalId()));
      masked(person.getMeta());
    }
    person.setActive(view.mergedInto() == null);
    person.setPatient(new Reference(PATIENT + "/" + view.id()));
    person.addRelationship(relationship(g.relationship()));
    names(g.name(), g.nameUg(), g.nameUgLatin()).forEach(person::addName);
    if (g.phone() != null && !g.phone().isBlank()) {
      person
          .addTelecom()
          .setSystem(ContactPoint.ContactPointSystem.PHONE)
          .setValue(g.phone())
          .setUse(ContactPoint.ContactPointUse.MOBILE);
    }
    return person;
  }

  static Consent consent(ChangedConsent changed) {
    ConsentView view = changed.consent();
    Consent consent = new Consent();
    consent.setId(view.id());
    consent.setMeta(meta(changed.changedAt(), view.version()));
    consent.addIdentifier().setSystem(Systems.CONSENT_ID).setValue(view.id());
    consent.setStatus(
        view.withdrawnOn() != null || !view.active()
            ? (view.withdrawnOn() != null
                ? Consent.ConsentState.INACTIVE
                : Consent.ConsentState.PROPOSED)
            : Consent.ConsentState.ACTIVE);
    consent.setScope(
        new CodeableConcept(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/consentscope",
                    "patient-privacy",
                    "Privacy Consent"))
            .setText("processing of a minor's personal data (PIPL art. 31)"));
    consent.addCategory(
        new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
    consent.setPatient(new Reference(PATIENT + "/" + view.patientId()));
    consent.setDateTimeElement(new DateTimeType(toDate(view.givenOn()), TemporalPrecisionEnum.DAY));
    consent.addPerformer().setDisplay(view.guardianName() + " (" + view.relationship() + ")");
    if (view.documentRef() != null && !view.documentRef().isBlank()) {
      consent.getSourceAttachment().setTitle(view.documentRef());
    }
    consent.setPolicyRule(
        new CodeableConcept(
            new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in")));
    Consent.ProvisionComponent provision = consent.getProvision();
    provision.setType(Consent.ConsentProvisionType.PERMIT);
    Period period = provision.getPeriod();
    period.setStartElement(new DateTimeType(toDate(view.givenOn()), TemporalPrecisionEnum.DAY));
    if (view.withdrawnOn() != null) {
      period.setEndElement(new DateTimeType(toDate(view.withdrawnOn()), TemporalPrecisionEnum.DAY));
    }
    for (ConsentScope scope : view.scopes()) {
      Consent.ProvisionComponent part = provision.addProvision();
      part.setType(Consent.ConsentProvisionType.PERMIT);
      switch (scope) {
        case SCREENING -> part.addPurpose(purpose("PUBHLTH", "public health"));
        case TREATMENT -> part.addPurpose(purpose("TREAT", "treatment"));
        case DATA_SHARING ->
            part.addAction(
                new CodeableConcept(
                    new Coding(
                        "http://terminology.hl7.org/CodeSystem/consentaction",
                        "disclose",
                        "Disclose")));
      }
    }
    return consent;
  }

  private static Coding purpose(String code, String display) {
    return new Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", code, display);
  }

  static Identifier residentId(String value) {
    Identifier identifier = new Identifier();
    identifier.setUse(Identifier.IdentifierUse.OFFICIAL);
    identifier.setType(
        new CodeableConcept(
                new Coding(
                    Systems.V2_IDENTIFIER_TYPE, "NI", "National unique individual identifier"))
            .setText("居民身份证号码"));
    identifier.setSystem(Systems.RESIDENT_ID);
    identifier.setValue(value);
    return identifier;
  }

  /** Says that a value of the resource (an identity number) is shown masked. */
  private static void masked(Meta meta) {
    if (meta.getSecurity(Systems.V3_OBSERVATION_VALUE, "MASKED") == null) {
      meta.addSecurity(Systems.V3_OBSERVATION_VALUE, "MASKED", "masked");
    }
  }

  /**
   * The names: the Chinese (or Latin) one first, {@code official}; the Uyghur one in Arabic script
   * ({@code official} when it is the only one, else {@code usual}) and its ULY Latin form ({@code
   * usual}). Each says its writing with ISO 21090's name representation: {@code IDE} ideographic
   * for Chinese characters, {@code ABC} alphabetic otherwise. (The {@code language} extension with
   * {@code ug} would say the language, but the R4 validator's language value set is the short
   * CommonLanguages list without Uyghur, and rejects it.)
   */
  static List<HumanName> names(String name, String nameUg, String nameUgLatin) {
    java.util.ArrayList<HumanName> names = new java.util.ArrayList<>();
    if (name != null) {
      names.add(
          represented(
              new HumanName().setUse(HumanName.NameUse.OFFICIAL).setText(name),
              name.codePoints()
                      .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                  ? "IDE"
                  : "ABC"));
    }
    if (nameUg != null) {
      names.add(
          represented(
              new HumanName()
                  .setUse(name == null ? HumanName.NameUse.OFFICIAL : HumanName.NameUse.USUAL)
                  .setText(nameUg),
              "ABC"));
      if (nameUgLatin != null) {
        names.add(
            represented(
                new HumanName().setUse(HumanName.NameUse.USUAL).setText(nameUgLatin), "ABC"));
      }
    }
    return names;
  }

  private static HumanName represented(HumanName name, String representation) {
    name.addExtension(Systems.NAME_REPRESENTATION_EXTENSION, new CodeType(representation));
    return name;
  }

  static CodeableConcept relationship(String recorded) {
    CodeableConcept relationship = new CodeableConcept().setText(recorded);
    String[] code =
        recorded == null ? null : RELATIONSHIPS.get(recorded.strip().toLowerCase(Locale.ROOT));
    if (code != null) {
      relationship.addCoding(new Coding(ROLE_CODE, code[0], code[1]));
    }
    return relationship;
  }

  static Address address(String placeCode, String address, Place place) {
    Address result = new Address();
    result.setUse(Address.AddressUse.HOME);
    result.setCountry("CN");
    if (place != null) {
      result.setDistrict(place.nameZh());
    }
    String text = address != null && !address.isBlank() ? address : null;
    if (text == null && place != null) {
      text = place.nameZh();
    }
    result.setText(text);
    result.addExtension(
        Systems.BASE + "StructureDefinition/place-code",
        new org.hl7.fhir.r4.model.StringType(placeCode));
    return result;
  }

  static Meta meta(Instant changedAt, long version) {
    return new Meta().setLastUpdated(Date.from(changedAt)).setVersionId(Long.toString(version));
  }

  private static Date toDate(LocalDate day) {
    return Date.from(day.atStartOfDay(BUSINESS_ZONE).toInstant());
  }
}
