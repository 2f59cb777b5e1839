package org.alliancecare.interop.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.alliancecare.testing.FhirValidation;
import org.hl7.fhir.r4.model.Group;
import org.junit.jupiter.api.Test;

/** The groups of the export as FHIR Group resources: valid, and saying what selects members. */
class GroupResourceTest {

  @Test
  void a_county_group_is_a_valid_actual_group_of_persons_selected_by_its_county() {
    Group group = GroupProvider.resource(PatientGroup.county("652922", "温宿县", "Wensu County"));

    assertThat(FhirValidation.errors(group)).isEmpty();
    assertThat(group.getIdElement().getIdPart()).isEqualTo("county-652922");
    assertThat(group.getActual()).isTrue();
    assertThat(group.getType()).isEqualTo(Group.GroupType.PERSON);
    assertThat(group.getMember()).isEmpty();
    assertThat(
            group
                .getCharacteristicFirstRep()
                .getValueCodeableConcept()
                .getCodingFirstRep()
                .getCode())
        .isEqualTo("652922");
  }

  @Test
  void a_phase_group_is_valid_and_carries_the_phase_dates() {
    Group group =
        GroupProvider.resource(
            PatientGroup.phase(
                "QIMING",
                2,
                "启明行动",
                "Qiming Action",
                LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-12-31")));

    assertThat(FhirValidation.errors(group)).isEmpty();
    assertThat(group.getIdElement().getIdPart()).isEqualTo("phase-QIMING-2");
    assertThat(group.getName()).contains("启明行动 第2期").contains("Qiming Action, phase 2");
    assertThat(group.getCharacteristicFirstRep().getPeriod().getStartElement().getValueAsString())
        .isEqualTo("2026-03-01");
  }
}
