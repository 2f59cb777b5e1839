package org.alliancecare.screening.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.screening.api.Performer;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.internal.domain.Examination;
import org.alliancecare.screening.internal.domain.Observation;
import org.alliancecare.screening.internal.domain.PatientId;
import org.alliancecare.screening.internal.domain.Screening;
import org.alliancecare.screening.internal.domain.ScreeningId;
import org.alliancecare.screening.internal.domain.classification.Measurements;
import org.alliancecare.screening.internal.domain.classification.ScreeningClassifier;
import org.alliancecare.screening.internal.persistence.JdbcScreeningReferrals;
import org.alliancecare.screening.internal.persistence.JdbcScreenings;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code screeningsOfPatients}, the export's read of many patients at once, on real PostgreSQL: the
 * patients module decides which of the patients the caller may see (here a stand-in that knows each
 * patient's county and the caller's jurisdiction); the screenings of the others are left out.
 */
class ScreeningsOfPatientsIT {

  private static final String WENSU = "652922";
  private static final String KUQA = "652923";
  private static final Instant NOW = Instant.parse("2024-10-08T05:00:00Z");
  private static final Caller WENSU_DOCTOR =
      new Caller("doctor.wensu", "Doctor", Set.of(Role.DOCTOR), Set.of(WENSU), null);

  private static final PatientId WENSU_CHILD = new PatientId(UUID.randomUUID());
  private static final PatientId OTHER_WENSU_CHILD = new PatientId(UUID.randomUUID());
  private static final PatientId KUQA_CHILD = new PatientId(UUID.randomUUID());
  private static final Map<String, String> COUNTY_OF =
      Map.of(
          WENSU_CHILD.toString(), WENSU,
          OTHER_WENSU_CHILD.toString(), WENSU,
          KUQA_CHILD.toString(), KUQA);

  private static ScreeningService service;
  private static JdbcScreeningReferrals referrals;
  private static JdbcScreenings screenings;

  @BeforeAll
  static void migrate() {
    TestDatabase database = TestDatabase.get();
    DataSource dataSource = database.dataSource(database.migratedDatabase("screening"));
    screenings = onDatabase(new JdbcScreenings(), dataSource);
    referrals = onDatabase(new JdbcScreeningReferrals(), dataSource);
    service = new ScreeningService();
    service.screenings = screenings;
    service.referrals = referrals;
    service.patients = patientsInJurisdiction();
  }

  @Test
  void another_countys_patient_is_left_out_and_the_order_is_the_patients_then_the_latest_first() {
    Screening wensuEarlier = stored(WENSU_CHILD, NOW.minusSeconds(7200), 45);
    Screening wensuLater = stored(WENSU_CHILD, NOW.minusSeconds(600), 15);
    Screening otherWensu = stored(OTHER_WENSU_CHILD, NOW.minusSeconds(3600), 15);
    stored(KUQA_CHILD, NOW.minusSeconds(1800), 45);
    referrals.link(wensuEarlier.id(), "r-1", "R-2024-000001", "REQUESTED");

    List<ScreeningView> found =
        service.screeningsOfPatients(
            List.of(
                OTHER_WENSU_CHILD.toString(),
                KUQA_CHILD.toString(),
                WENSU_CHILD.toString(),
                UUID.randomUUID().toString()),
            WENSU_DOCTOR);

    assertThat(found)
        .extracting(ScreeningView::id)
        .containsExactly(
            otherWensu.id().toString(), wensuLater.id().toString(), wensuEarlier.id().toString());
    assertThat(found).extracting(ScreeningView::patientId).doesNotContain(KUQA_CHILD.toString());
    assertThat(found.get(2).referrals())
        .extracting(r -> r.referralNumber())
        .containsExactly("R-2024-000001");
    assertThat(found.get(1).referrals()).isEmpty();
    assertThat(service.screeningsOfPatients(List.of(), WENSU_DOCTOR)).isEmpty();
  }

  /** The repository's injected data source, set as the container would (another package's). */
  private static <T> T onDatabase(T repository, DataSource dataSource) {
    try {
      Field field = repository.getClass().getDeclaredField("dataSource");
      field.setAccessible(true);
      field.set(repository, dataSource);
      return repository;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Screening stored(PatientId patient, Instant performedAt, int decibels) {
    Screening screening =
        Screening.record(
            ScreeningId.newId(),
            patient,
            LocalDate.of(2018, 2, 2),
            new Examination(
                ScreeningKind.HEARING,
                ScreeningMethod.PURE_TONE,
                performedAt,
                new Performer("doctor.wensu", null),
                null),
            new Observation(
                new Measurements.PureToneThresholds(
                    Map.of("500", decibels, "1000", decibels, "2000", decibels, "4000", decibels),
                    Map.of("500", 15, "1000", 15, "2000", 15, "4000", 15)),
                null),
            ScreeningClassifier.underCurrentRules(),
            NOW);
    screenings.add(screening);
    return screening;
  }

  /**
   * The patients module's answer to {@code patients(ids, by)}: those of the caller's jurisdiction,
   * in the order asked. Only that method is used by {@code screeningsOfPatients}.
   */
  private static PatientsFacade patientsInJurisdiction() {
    return (PatientsFacade)
        Proxy.newProxyInstance(
            PatientsFacade.class.getClassLoader(),
            new Class<?>[] {PatientsFacade.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("patients")) {
                throw new UnsupportedOperationException(method.getName());
              }
              @SuppressWarnings("unchecked")
              Collection<String> ids = (Collection<String>) args[0];
              Caller by = (Caller) args[1];
              return ids.stream()
                  .filter(id -> COUNTY_OF.containsKey(id))
                  .filter(id -> by.jurisdiction().contains(COUNTY_OF.get(id)))
                  .map(ScreeningsOfPatientsIT::patient)
                  .toList();
            });
  }

  private static PatientView patient(String id) {
    return new PatientView(
        id,
        1,
        "阿依古丽",
        null,
        null,
        null,
        LocalDate.of(2018, 2, 2),
        null,
        null,
        COUNTY_OF.get(id),
        null,
        List.of(),
        NOW,
        "doctor.wensu",
        null);
  }
}
