package org.alliancecare.patients.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.patients.api.Sex;
import org.junit.jupiter.api.Test;

class PatientTest {

  private static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");

  private static Patient wensuGirl() {
    return Patient.register(
        new PatientDetails(
            new PersonName("古丽米热•买买提"),
            null,
            Sex.FEMALE,
            LocalDate.of(2019, 6, 1),
            null,
            null,
            "Uyghur",
            "652922",
            null,
            List.of(
                new Guardian(
                    new PersonName("买买提·吐尔逊"), null, "father", "+86 138-0000-1234", null))),
        "doctor.wensu",
        NOW);
  }

  @Test
  void registration_keeps_the_normalised_name_and_its_search_key() {
    Patient patient = wensuGirl();
    assertThat(patient.name()).isEqualTo("古丽米热·买买提");
    assertThat(patient.nameKey()).isEqualTo("古丽米热·买买提");
    assertThat(patient.guardians().get(0).phoneKey()).isEqualTo("13800001234");
  }

  @Test
  void a_merged_duplicate_points_at_its_survivor_and_refuses_edits() {
    Patient survivor = wensuGirl();
    Patient duplicate = wensuGirl();
    duplicate.mergeInto(survivor, NOW);
    assertThat(duplicate.mergedInto()).contains(survivor.id());
    assertThatThrownBy(
            () ->
                duplicate.edit(
                    new PatientDetails(
                        new PersonName("x"),
                        null,
                        Sex.FEMALE,
                        LocalDate.of(2019, 6, 1),
                        null,
                        null,
                        null,
                        "652922",
                        null,
                        List.of()),
                    NOW))
        .isInstanceOf(PatientMergedAway.class);
  }

  @Test
  void a_patient_cannot_be_merged_into_itself_or_twice() {
    Patient survivor = wensuGirl();
    Patient duplicate = wensuGirl();
    assertThatThrownBy(() -> survivor.mergeInto(survivor, NOW))
        .isInstanceOf(PatientMergeRefused.class);
    duplicate.mergeInto(survivor, NOW);
    assertThatThrownBy(() -> duplicate.mergeInto(survivor, NOW))
        .isInstanceOf(PatientMergeRefused.class);
  }

  @Test
  void merging_into_a_merged_patient_is_refused() {
    Patient first = wensuGirl();
    Patient second = wensuGirl();
    Patient third = wensuGirl();
    second.mergeInto(first, NOW);
    assertThatThrownBy(() -> third.mergeInto(second, NOW)).isInstanceOf(PatientMergeRefused.class);
  }

  @Test
  void a_patient_known_only_by_the_uyghur_name_keeps_it_in_every_form_and_sorts_by_it() {
    Patient patient =
        Patient.register(
            new PatientDetails(
                null,
                new UyghurName("ﺋﺎﻳﮕﯜﻝ  ﻳﺎﺳﯩﻦ"),
                Sex.FEMALE,
                LocalDate.of(2018, 2, 3),
                null,
                null,
                null,
                "652922",
                null,
                List.of(
                    new Guardian(
                        null, new UyghurName("ياسىن تۇرسۇن"), "father", "13800001234", null))),
            "doctor.wensu",
            NOW);
    assertThat(patient.name()).isNull();
    assertThat(patient.nameUg()).isEqualTo("ئايگۈل ياسىن");
    assertThat(patient.nameUgLatin()).isEqualTo("aygül yasin");
    assertThat(patient.nameKey()).isEqualTo("ئايگۈلياسىن");
    assertThat(patient.guardians().get(0).name()).isNull();
    assertThat(patient.guardians().get(0).nameUgLatin()).isEqualTo("yasin tursun");
  }
}
