package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.patients.api.GuardianView;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningVersionView;
import org.alliancecare.screening.api.ScreeningView;
import org.junit.jupiter.api.Test;

/**
 * The session-scoped beans, and a view-scoped page holding the records it shows, copied as a
 * cluster copies a session to another node (Java serialization) keep their state. Their injected
 * beans are CDI client proxies in the container (app SessionStateTest checks that); here they are
 * left unset.
 */
class SessionCopyTest {

  @Test
  void the_working_clinic_and_last_screening_kind_survive_the_copy() throws Exception {
    WorkingClinic working = new WorkingClinic();
    working.workAt("3f0c2a7e-5d7b-4c1e-9a43-0d6f1b2c8e11");
    working.remember(ScreeningKind.HEARING);

    WorkingClinic copy = copied(working);

    assertThat(copy.getClinicId()).isEqualTo("3f0c2a7e-5d7b-4c1e-9a43-0d6f1b2c8e11");
    assertThat(copy.lastKind()).isEqualTo(ScreeningKind.HEARING);
  }

  @Test
  void the_language_and_time_zone_chosen_survive_the_copy() throws Exception {
    Preferences preferences = new Preferences();
    set(preferences, "locale", Preferences.UYGHUR);
    set(preferences, "accountRead", "doctor.wensu");
    preferences.setZone(Preferences.XINJIANG.getId());

    Preferences copy = copied(preferences);

    assertThat(get(copy, "locale")).isEqualTo(Preferences.UYGHUR);
    assertThat(copy.getZone()).isEqualTo("Asia/Urumqi");
    assertThat(get(copy, "accountRead")).isEqualTo("doctor.wensu");
  }

  @Test
  void a_search_page_keeps_the_children_it_found() throws Exception {
    PatientSearchPage page = new PatientSearchPage();
    page.setQ("Aynur");
    page.setBirthDate(LocalDate.of(2019, 3, 14));
    page.setPlaceCode("652922");
    PatientView child =
        new PatientView(
            "8b1d6a0e-2f4c-4b7a-9e55-1c3d2a4b5e6f",
            3,
            null,
            "ئاينۇر",
            "Aynur",
            Sex.FEMALE,
            LocalDate.of(2019, 3, 14),
            null,
            "Uyghur",
            "652922101",
            "Wensu, Aksu",
            List.of(new GuardianView(null, "تۇرسۇن", "Tursun", "father", "13800000000", null)),
            Instant.parse("2026-09-01T02:30:00Z"),
            "doctor.wensu",
            null);
    set(page, "found", List.of(child));
    set(page, "nextCursor", "8b1d6a0e");

    PatientSearchPage copy = copied(page);

    assertThat(copy.getFound()).containsExactly(child);
    assertThat(copy.getQ()).isEqualTo("Aynur");
    assertThat(copy.getBirthDate()).isEqualTo(LocalDate.of(2019, 3, 14));
    assertThat(copy.isMoreToShow()).isTrue();
  }

  @Test
  void a_patient_page_keeps_the_screenings_it_shows_with_their_measurements() throws Exception {
    JsonObject measurements =
        Json.createObjectBuilder()
            .add("notation", "FIVE_POINT")
            .add("rightUncorrected", "4.8")
            .add("leftUncorrected", "5.0")
            .build();
    Instant at = Instant.parse("2026-10-12T03:20:00Z");
    ScreeningView screening =
        new ScreeningView(
            "c2e4a7d1-8f3b-4e6a-b1c9-5d7e2f4a6b80",
            2,
            "8b1d6a0e-2f4c-4b7a-9e55-1c3d2a4b5e6f",
            ScreeningKind.VISION,
            null,
            at,
            LocalDate.of(2026, 10, 12),
            null,
            null,
            measurements,
            "squints at the board",
            Outcome.REFER,
            null,
            "vision-2026",
            1L,
            "left eye read twice",
            "doctor.wensu",
            at,
            List.of(
                new ScreeningVersionView(
                    1,
                    measurements,
                    null,
                    Outcome.REFER,
                    null,
                    "vision-2026",
                    null,
                    null,
                    "doctor.wensu",
                    at)),
            null,
            List.of());
    PatientPage page = new PatientPage();
    set(page, "id", screening.patientId());
    set(page, "screeningList", List.of(screening));

    PatientPage copy = copied(page);

    @SuppressWarnings("unchecked")
    List<ScreeningView> shown = (List<ScreeningView>) get(copy, "screeningList");
    assertThat(shown).containsExactly(screening);
    assertThat(shown.get(0).measurements()).isEqualTo(measurements);
    assertThat(shown.get(0).versions().get(0).measurements().getString("leftUncorrected"))
        .isEqualTo("5.0");
  }

  @Test
  void the_clinic_calendar_makes_its_model_again_after_the_copy() throws Exception {
    ClinicCalendarPage page = new ClinicCalendarPage();
    assertThat(page.getModel()).isNotNull();

    assertThat(copied(page).getModel()).isNotNull();
  }

  @SuppressWarnings("unchecked")
  private static <T> T copied(T bean) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(bean);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  private static void set(Object bean, String name, Object value) throws Exception {
    Field field = field(bean.getClass(), name);
    field.setAccessible(true);
    field.set(bean, value);
  }

  private static Object get(Object bean, String name) throws Exception {
    Field field = field(bean.getClass(), name);
    field.setAccessible(true);
    return field.get(bean);
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // a superclass's
      }
    }
    throw new NoSuchFieldException(name);
  }
}
