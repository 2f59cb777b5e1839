package org.alliancecare.interop.internal.fhir.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.interop.internal.fhir.Systems;
import org.alliancecare.patients.api.ChangedConsent;
import org.alliancecare.patients.api.ChangedPatient;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.ConsentView;
import org.alliancecare.patients.api.GuardianView;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.testing.FhirValidation;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.junit.jupiter.api.Test;

/** Patients, guardians and consents map to R4 resources that the base validator accepts. */
class PeopleMappingTest {

  static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
  static final Instant CHANGED = Instant.parse("2026-03-01T08:00:00Z");
  static final Place VILLAGE =
      new Place("652922201201", "652922201", PlaceLevel.VILLAGE, "依希来木其村", "Yixilaimuqi");

  static ChangedPatient child(String mergedInto) {
    return new ChangedPatient(
        new PatientView(
            ID,
            3,
            "古丽米热·买买提",
            "گۈلمىرە مەمەت",
            "gülmire memet",
            Sex.FEMALE,
            LocalDate.of(2019, 4, 2),
            "652922********0028",
            "UYGHUR",
            VILLAGE.code(),
            null,
            List.of(
                new GuardianView(
                    "买买提", "مەمەت", "memet", "父亲", "13899001122", "652922********0011"),
                new GuardianView(null, "ئايشەم", "ayshem", "ئانا", null, null)),
            CHANGED,
            "doctor.wensu",
            mergedInto),
        CHANGED);
  }

  @Test
  void a_patient_masked_and_unmasked_merged_or_not_validates() {
    Patient masked = PeopleMapping.patient(child(null), null, VILLAGE);
    assertThat(FhirValidation.errors(masked)).isEmpty();
    assertThat(masked.getMeta().getSecurity(Systems.V3_OBSERVATION_VALUE, "MASKED")).isNotNull();
    assertThat(masked.getIdentifier())
        .anyMatch(i -> Systems.RESIDENT_ID.equals(i.getSystem()) && i.getValue().contains("*"));
    assertThat(masked.getName()).hasSize(3);

    Patient unmasked = PeopleMapping.patient(child(null), "652922201904020028", VILLAGE);
    assertThat(FhirValidation.errors(unmasked)).isEmpty();
    assertThat(unmasked.getMeta().getSecurity()).isEmpty();
    assertThat(unmasked.getIdentifier()).anyMatch(i -> "652922201904020028".equals(i.getValue()));

    Patient merged =
        PeopleMapping.patient(child("7c9e6679-7425-40de-944b-e07fc1f90ae7"), null, null);
    assertThat(FhirValidation.errors(merged)).isEmpty();
    assertThat(merged.getActive()).isFalse();
    assertThat(merged.getLinkFirstRep().getOther().getReference())
        .isEqualTo("Patient/7c9e6679-7425-40de-944b-e07fc1f90ae7");
  }

  @Test
  void guardians_validate_with_their_relationship_coded_where_known() {
    List<RelatedPerson> guardians = PeopleMapping.guardians(child(null));
    assertThat(guardians).hasSize(2);
    for (RelatedPerson guardian : guardians) {
      assertThat(FhirValidation.errors(guardian)).isEmpty();
    }
    assertThat(guardians.get(0).getId()).isEqualTo(ID + "-1");
    assertThat(guardians.get(0).getRelationshipFirstRep().getCodingFirstRep().getCode())
        .isEqualTo("FTH");
    assertThat(guardians.get(1).getRelationshipFirstRep().getCodingFirstRep().getCode())
        .isEqualTo("MTH");
  }

  @Test
  void consents_given_and_withdrawn_validate() {
    ConsentView given =
        new ConsentView(
            "9b2f2a8e-1c1d-4f7e-8f6a-2d3c4b5a6e7f",
            ID,
            "买买提",
            "父亲",
            EnumSet.allOf(ConsentScope.class),
            LocalDate.of(2026, 2, 1),
            null,
            "纸质同意书 2026-017",
            true,
            0);
    Consent active = PeopleMapping.consent(new ChangedConsent(given, CHANGED));
    assertThat(FhirValidation.errors(active)).isEmpty();
    assertThat(active.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);

    ConsentView withdrawn =
        new ConsentView(
            given.id(),
            ID,
            "买买提",
            "父亲",
            EnumSet.of(ConsentScope.SCREENING),
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 2, 20),
            null,
            false,
            1);
    Consent inactive = PeopleMapping.consent(new ChangedConsent(withdrawn, CHANGED));
    assertThat(FhirValidation.errors(inactive)).isEmpty();
    assertThat(inactive.getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
  }
}
