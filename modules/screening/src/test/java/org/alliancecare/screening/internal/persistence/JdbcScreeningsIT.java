package org.alliancecare.screening.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.Performer;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.domain.ClinicId;
import org.alliancecare.screening.internal.domain.Examination;
import org.alliancecare.screening.internal.domain.Observation;
import org.alliancecare.screening.internal.domain.PatientId;
import org.alliancecare.screening.internal.domain.Screening;
import org.alliancecare.screening.internal.domain.ScreeningId;
import org.alliancecare.screening.internal.domain.classification.AcuityNotation;
import org.alliancecare.screening.internal.domain.classification.Measurements;
import org.alliancecare.screening.internal.domain.classification.RuleSet;
import org.alliancecare.screening.internal.domain.classification.ScreeningClassifier;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The screening schema as migrated, through the JDBC repositories, on real PostgreSQL. */
class JdbcScreeningsIT {

  /** A boy of Awat county (阿瓦提县) born on 2 February 2018. */
  private static final LocalDate BIRTH_DATE = LocalDate.of(2018, 2, 2);

  private static final Instant NOW = Instant.parse("2024-10-08T05:00:00Z");
  private static final Performer DOCTOR = new Performer("dr.aysha", "p-17");

  private static DataSource dataSource;
  private static JdbcScreenings screenings;
  private static JdbcRuleSets ruleSets;

  private final ScreeningClassifier classifier = ScreeningClassifier.underCurrentRules();

  @BeforeAll
  static void migrate() {
    TestDatabase database = TestDatabase.get();
    dataSource = database.dataSource(database.migratedDatabase("screening"));
    screenings = new JdbcScreenings();
    screenings.dataSource = dataSource;
    ruleSets = new JdbcRuleSets();
    ruleSets.dataSource = dataSource;
  }

  @Test
  void the_seeded_rule_set_is_the_engines_default_rule_set() {
    assertThat(ruleSets.inForceAt(NOW)).isEqualTo(RuleSet.CHILD_SCREENING_2021_1);
  }

  @Test
  void a_stored_screening_reads_back_with_its_version() {
    PatientId patient = newPatient();
    ClinicId clinic = new ClinicId(UUID.randomUUID());
    Screening screening =
        Screening.record(
            ScreeningId.newId(),
            patient,
            BIRTH_DATE,
            new Examination(
                ScreeningKind.VISION,
                ScreeningMethod.OPTOTYPE,
                NOW.minusSeconds(3600),
                DOCTOR,
                clinic),
            new Observation(
                new Measurements.OptotypeAcuity(
                    new Measurements.EyeAcuity(
                        new Measurements.AcuityReading("4.7", AcuityNotation.FIVE_POINT),
                        new Measurements.AcuityReading("1.0", AcuityNotation.DECIMAL)),
                    Measurements.EyeAcuity.uncorrectedOnly(
                        new Measurements.AcuityReading("20/40", AcuityNotation.SNELLEN_IMPERIAL))),
                "wears no glasses"),
            classifier,
            NOW);

    screenings.add(screening);

    Screening stored = screenings.find(screening.id()).orElseThrow();
    assertThat(stored.patient()).isEqualTo(patient);
    assertThat(stored.examination()).isEqualTo(screening.examination());
    assertThat(stored.versions()).isEqualTo(screening.versions());
  }

  @Test
  void a_correction_is_stored_as_a_second_version_and_a_stale_one_is_refused() {
    Screening screening = pureTone(newPatient(), NOW.minusSeconds(600), 45, 15);
    screenings.add(screening);

    Screening loaded = screenings.find(screening.id()).orElseThrow();
    loaded.correct(
        1,
        "right ear typed from another child's audiogram",
        new Observation(thresholds(15, 15), null),
        BIRTH_DATE,
        classifier,
        "dr.mehmet",
        NOW);
    screenings.addCorrection(loaded);

    Screening stale = screenings.find(screening.id()).orElseThrow();
    Screening concurrent = pureToneCopyAtVersion1(screening);
    concurrent.correct(
        1,
        "a second, concurrent correction",
        new Observation(thresholds(20, 20), null),
        BIRTH_DATE,
        classifier,
        "dr.li",
        NOW);
    assertThatThrownBy(() -> screenings.addCorrection(concurrent)).isInstanceOf(StaleVersion.class);

    assertThat(stale.version()).isEqualTo(2);
    assertThat(stale.versions().get(0).classification().result()).isEqualTo(Outcome.REFER);
    assertThat(stale.versions().get(1).classification().result()).isEqualTo(Outcome.PASS);
    assertThat(stale.versions().get(1).correctsVersion()).isEqualTo(1);
    assertThat(stale.versions().get(1).correctionReason())
        .isEqualTo("right ear typed from another child's audiogram");
    assertThat(screenings.find(screening.id()).orElseThrow().versions()).hasSize(2);
  }

  @Test
  void a_patients_screenings_are_listed_most_recent_first_page_by_page() {
    PatientId patient = newPatient();
    Screening oldest = pureTone(patient, NOW.minusSeconds(3 * 86400), 10, 10);
    Screening middle = pureTone(patient, NOW.minusSeconds(2 * 86400), 20, 20);
    Screening newest = pureTone(patient, NOW.minusSeconds(86400), 30, 30);
    for (Screening screening : List.of(middle, oldest, newest)) {
      screenings.add(screening);
    }
    screenings.add(pureTone(newPatient(), NOW.minusSeconds(86400), 10, 10));

    Page<Screening> first = screenings.ofPatient(patient, PageRequest.of(2, null));
    Page<Screening> second = screenings.ofPatient(patient, PageRequest.of(2, first.nextCursor()));

    assertThat(first.items()).extracting(Screening::id).containsExactly(newest.id(), middle.id());
    assertThat(first.nextCursor()).isNotNull();
    assertThat(second.items()).extracting(Screening::id).containsExactly(oldest.id());
    assertThat(second.nextCursor()).isNull();
  }

  @Test
  void a_merge_moves_the_duplicates_screenings_to_the_survivor() {
    PatientId survivor = newPatient();
    PatientId duplicate = newPatient();
    Screening ofSurvivor = pureTone(survivor, NOW.minusSeconds(7200), 10, 10);
    Screening ofDuplicate = pureTone(duplicate, NOW.minusSeconds(3600), 45, 15);
    screenings.add(ofSurvivor);
    screenings.add(ofDuplicate);

    List<ScreeningId> moved = screenings.moveToSurvivor(duplicate, survivor);

    assertThat(moved).containsExactly(ofDuplicate.id());
    assertThat(screenings.ofPatient(duplicate, PageRequest.first(10)).items()).isEmpty();
    assertThat(screenings.ofPatient(survivor, PageRequest.first(10)).items())
        .extracting(Screening::id)
        .containsExactly(ofDuplicate.id(), ofSurvivor.id());
    assertThat(screenings.find(ofDuplicate.id()).orElseThrow().versions())
        .isEqualTo(ofDuplicate.versions());
  }

  @Test
  void versions_and_rule_sets_cannot_be_changed_behind_the_applications_back() throws Exception {
    Screening screening = pureTone(newPatient(), NOW.minusSeconds(600), 10, 10);
    screenings.add(screening);

    assertRefused("UPDATE screening.screening_version SET notes = 'edited'");
    assertRefused("DELETE FROM screening.screening_version");
    assertRefused("UPDATE screening.rule_set SET sources = 'edited'");
  }

  private static void assertRefused(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate(sql))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("never changed or removed");
    }
  }

  @Test
  void the_screenings_of_several_patients_come_patient_by_patient_the_latest_first() {
    PatientId first = newPatient();
    PatientId second = newPatient();
    PatientId unscreened = newPatient();
    Screening secondEarlier = pureTone(second, NOW.minusSeconds(7200), 15, 15);
    Screening firstEarlier = pureTone(first, NOW.minusSeconds(5400), 45, 15);
    Screening firstLater = pureTone(first, NOW.minusSeconds(1800), 15, 15);
    Screening secondLater = pureTone(second, NOW.minusSeconds(900), 45, 45);
    Screening someoneElse = pureTone(newPatient(), NOW.minusSeconds(600), 15, 15);
    for (Screening s : List.of(secondEarlier, firstEarlier, firstLater, secondLater, someoneElse)) {
      screenings.add(s);
    }

    List<Screening> found = screenings.ofPatients(List.of(second, unscreened, first));

    assertThat(found)
        .extracting(Screening::id)
        .containsExactly(secondLater.id(), secondEarlier.id(), firstLater.id(), firstEarlier.id());
    assertThat(found.get(0).versions()).isEqualTo(secondLater.versions());
    assertThat(screenings.ofPatients(List.of())).isEmpty();
  }

  @Test
  void a_screening_and_its_versions_are_stored_in_one_statement() {
    Screening corrected = pureTone(newPatient(), NOW.minusSeconds(900), 45, 15);
    corrected.correct(
        1,
        "left ear typed from another child's audiogram",
        new Observation(thresholds(45, 45), null),
        BIRTH_DATE,
        classifier,
        "dr.mehmet",
        NOW);
    JdbcScreenings counted = new JdbcScreenings();
    List<String> statements = new ArrayList<>();
    counted.dataSource = countingStatements(dataSource, statements);

    counted.add(corrected);

    assertThat(statements).hasSize(1);
    Screening stored = screenings.find(corrected.id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.versions()).isEqualTo(corrected.versions());
  }

  /** {@code dataSource} whose connections add the SQL of every statement they prepare. */
  private static DataSource countingStatements(DataSource dataSource, List<String> statements) {
    return (DataSource)
        Proxy.newProxyInstance(
            JdbcScreeningsIT.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, arguments) -> {
              Object answer = invoke(method, dataSource, arguments);
              if (!(answer instanceof Connection connection)) {
                return answer;
              }
              return Proxy.newProxyInstance(
                  JdbcScreeningsIT.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (connectionProxy, call, values) -> {
                    if (call.getName().startsWith("prepare")
                        || call.getName().equals("createStatement")) {
                      statements.add(values == null ? call.getName() : String.valueOf(values[0]));
                    }
                    return invoke(call, connection, values);
                  });
            });
  }

  private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private Screening pureTone(PatientId patient, Instant performedAt, int right, int left) {
    return Screening.record(
        ScreeningId.newId(),
        patient,
        BIRTH_DATE,
        new Examination(
            ScreeningKind.HEARING, ScreeningMethod.PURE_TONE, performedAt, DOCTOR, null),
        new Observation(thresholds(right, left), null),
        classifier,
        NOW);
  }

  private Screening pureToneCopyAtVersion1(Screening screening) {
    return Screening.reconstitute(
        screening.id(), screening.patient(), screening.examination(), List.of(screening.first()));
  }

  private static Measurements thresholds(int right, int left) {
    return new Measurements.PureToneThresholds(
        Map.of("500", right, "1000", right, "2000", right, "4000", right),
        Map.of("500", left, "1000", left, "2000", left, "4000", left));
  }

  private static PatientId newPatient() {
    return new PatientId(UUID.randomUUID());
  }
}
