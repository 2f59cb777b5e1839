package org.alliancecare.audit.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.GenericEntity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PersonalRecord;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  record PatientView(String id, String name) implements PersonalRecord {
    @Override
    public String patientId() {
      return id;
    }
  }

  record ScreeningView(String id, String patientId, String result) implements PersonalRecord {
    @Override
    public String recordId() {
      return id;
    }
  }

  record PatientFile(PatientView patient, List<ScreeningView> screenings) {}

  record ClinicView(String id, String title) {}

  @Test
  void a_single_record_names_its_patient_and_itself() {
    assertThat(PersonalData.in(new PatientView("p1", "Aynur")))
        .isEqualTo(Map.of("p1", Set.of("p1")));
  }

  @Test
  void records_are_found_in_lists_pages_optionals_generic_entities_and_nested_records() {
    PatientFile file =
        new PatientFile(
            new PatientView("p1", "Aynur"),
            List.of(new ScreeningView("s1", "p1", "PASS"), new ScreeningView("s2", "p1", "REFER")));
    assertThat(PersonalData.in(file)).containsEntry("p1", Set.of("p1", "s1", "s2")).hasSize(1);
    Page<PatientView> page =
        new Page<>(List.of(new PatientView("p1", "a"), new PatientView("p2", "b")), null);
    assertThat(PersonalData.in(page)).containsOnlyKeys("p1", "p2");
    assertThat(PersonalData.in(Optional.of(new PatientView("p3", "c")))).containsOnlyKeys("p3");
    assertThat(
            PersonalData.in(
                new GenericEntity<List<PatientView>>(List.of(new PatientView("p4", "d"))) {}))
        .containsOnlyKeys("p4");
    assertThat(PersonalData.in(Map.of("k", new PatientView[] {new PatientView("p5", "e")})))
        .containsOnlyKeys("p5");
  }

  @Test
  void responses_without_personal_records_name_nobody() {
    assertThat(PersonalData.in(new ClinicView("c1", "Aksu outreach"))).isEmpty();
    assertThat(PersonalData.in(List.of("p1", 3, true))).isEmpty();
    assertThat(PersonalData.in(null)).isEmpty();
  }
}
