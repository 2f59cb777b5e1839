package org.alliancecare.directory.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.alliancecare.directory.api.OrganisationKind;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.PractitionerDetails;
import org.alliancecare.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

class PractitionerRulesTest {

  private static final String WENSU_HOSPITAL = "wensu-hospital";
  private static final String ZJU_CHILDRENS = "zju-childrens";
  private static final Map<String, OrganisationKind> ORGANISATIONS =
      Map.of(
          WENSU_HOSPITAL, OrganisationKind.HOSPITAL,
          ZJU_CHILDRENS, OrganisationKind.AID_HOME_HOSPITAL);

  private static void check(PractitionerDetails details) {
    PractitionerRules.check(details, id -> Optional.ofNullable(ORGANISATIONS.get(id)));
  }

  private static java.util.List<String> fieldsRefused(PractitionerDetails details) {
    return catchThrowableOfType(InvalidInput.class, () -> check(details)).errors().stream()
        .map(InvalidInput.FieldError::field)
        .toList();
  }

  @Test
  void an_aid_practitioner_with_home_hospital_and_tour_is_fine() {
    assertThatCode(
            () ->
                check(
                    new PractitionerDetails(
                        "王明",
                        "PEDIATRICS",
                        Origin.AID,
                        WENSU_HOSPITAL,
                        ZJU_CHILDRENS,
                        LocalDate.parse("2025-02-01"),
                        LocalDate.parse("2026-07-31"))))
        .doesNotThrowAnyException();
  }

  @Test
  void an_aid_practitioner_needs_a_home_organisation_and_tour_dates_all_named_at_once() {
    assertThat(
            fieldsRefused(
                new PractitionerDetails(
                    "王明", "PEDIATRICS", Origin.AID, WENSU_HOSPITAL, null, null, null)))
        .containsExactly("homeOrganisationId", "tourStart", "tourEnd");
  }

  @Test
  void the_tour_ends_after_it_starts_at_an_aid_home_hospital() {
    assertThat(
            fieldsRefused(
                new PractitionerDetails(
                    "王明",
                    "PEDIATRICS",
                    Origin.AID,
                    WENSU_HOSPITAL,
                    WENSU_HOSPITAL,
                    LocalDate.parse("2026-07-31"),
                    LocalDate.parse("2025-02-01"))))
        .containsExactly("homeOrganisationId", "tourEnd");
  }

  @Test
  void a_local_practitioner_has_no_home_organisation_nor_tour() {
    assertThat(
            fieldsRefused(
                new PractitionerDetails(
                    "阿依古丽·买买提",
                    "OPHTHALMOLOGY",
                    Origin.LOCAL,
                    WENSU_HOSPITAL,
                    ZJU_CHILDRENS,
                    LocalDate.parse("2025-02-01"),
                    null)))
        .containsExactly("homeOrganisationId", "tourStart");
  }

  @Test
  void every_missing_field_is_named() {
    assertThat(
            fieldsRefused(
                new PractitionerDetails(" ", "pediatrics", null, "nowhere", null, null, null)))
        .containsExactly("name", "specialty", "origin", "organisationId");
  }

  @Test
  void names_keep_their_script_and_unify_middle_dots() {
    assertThat(Practitioner.normaliseName(" 阿依古丽•买买提 ")).isEqualTo("阿依古丽·买买提");
    assertThat(Practitioner.searchable("Wang MING")).isEqualTo("wang ming");
  }
}
