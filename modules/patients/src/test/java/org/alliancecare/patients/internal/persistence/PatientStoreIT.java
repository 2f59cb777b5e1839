package org.alliancecare.patients.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.patients.internal.domain.Guardian;
import org.alliancecare.patients.internal.domain.Patient;
import org.alliancecare.patients.internal.domain.PatientDetails;
import org.alliancecare.patients.internal.domain.PersonName;
import org.alliancecare.patients.internal.domain.UyghurName;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The patients' persistence unit in Java SE on the migrated schema on real PostgreSQL: names in
 * Uyghur script stored in their forms, found by each form (the JPQL of {@link PatientStore#search}
 * as EclipseLink writes it for PostgreSQL), and compared for duplicates.
 */
class PatientStoreIT {

  private static final String VILLAGE = "652922-T01-V01";
  private static final LocalDate BORN = LocalDate.of(2017, 9, 1);
  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

  private static EntityManagerFactory patients;
  private static String gulmire;
  private static String abdukerim;
  private static String muhemmet;
  private static String aygul;
  private static String perhat;

  @BeforeAll
  static void migrateAndRegister() {
    String url = TestDatabase.get().migratedDatabase("patients_names", "patients");
    Map<String, Object> javaSe = new HashMap<>();
    javaSe.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    javaSe.put("jakarta.persistence.jtaDataSource", "");
    javaSe.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    javaSe.put("jakarta.persistence.jdbc.url", url);
    javaSe.put("jakarta.persistence.jdbc.user", TestDatabase.get().user());
    javaSe.put("jakarta.persistence.jdbc.password", TestDatabase.get().password());
    patients = Persistence.createEntityManagerFactory("patients", javaSe);
    gulmire = register("古丽米热·买买提", "گۈلمىرە مەمەت");
    abdukerim = register(null, "ﺋﺎﺑﺪﯘﻛﯧﺮﯨﻢ ﺗﯘﺭﺳﯘﻥ");
    muhemmet = register("买买提·艾力", "مۇھەممەت ئېلى");
    aygul = register(null, "ئايگۈل ياسین");
    perhat = register("帕尔哈提·阿布力孜", null);
  }

  @AfterAll
  static void close() {
    if (patients != null) {
      patients.close();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "古丽米热, gulmire",
    "古丽米热•买买提, gulmire",
    "گۈلمىرە, gulmire",
    "مەمەت, gulmire",
    "گۈلمىرە مەمەت, gulmire",
    "Gulmire, gulmire",
    "gülmire memet, gulmire",
    "ئابدۇكېرىم, abdukerim",
    "ئابدۇکېریم, abdukerim",
    "abdukérim, abdukerim",
    "TURSUN, abdukerim",
    "ئېلى, muhemmet",
    "muhemmet eli, muhemmet",
    "ئايگۈل, aygul",
    "ئاىگۈل ياسىن, aygul",
    "aygul yasin, aygul",
    "阿布力孜, perhat"
  })
  void a_name_is_found_by_each_of_its_forms(String q, String who) {
    assertThat(search(q)).containsExactly(idOf(who));
  }

  @Test
  void no_id_finds_no_patient() {
    EntityManager em = patients.createEntityManager();
    try {
      assertThat(store(em).find(null)).isEmpty();
      assertThat(store(em).find(abdukerim)).isPresent();
    } finally {
      em.close();
    }
  }

  @Test
  void the_uyghur_and_latin_forms_match_from_the_start_of_a_word_only() {
    assertThat(search("ۈلمىرە")).isEmpty();
    assertThat(search("ulmire")).isEmpty();
    assertThat(search("emet")).isEmpty();
  }

  @Test
  void the_forms_are_stored_normalised_and_a_uyghur_only_patient_sorts_by_the_uyghur_name() {
    EntityManager em = patients.createEntityManager();
    try {
      Patient stored = em.find(Patient.class, abdukerim);
      assertThat(stored.name()).isNull();
      assertThat(stored.nameUg()).isEqualTo("ئابدۇكېرىم تۇرسۇن");
      assertThat(stored.nameUgLatin()).isEqualTo("abdukérim tursun");
      assertThat(stored.nameKey()).isEqualTo("ئابدۇكېرىمتۇرسۇن");
      assertThat(stored.guardians().get(0).nameUgLatin()).isEqualTo("tursun'gül");
      assertThat(em.find(Patient.class, aygul).nameUg()).isEqualTo("ئايگۈل ياسىن");
    } finally {
      em.close();
    }
  }

  @Test
  void duplicates_are_compared_by_the_uyghur_key_and_the_chinese_key_of_named_patients_only() {
    EntityManager em = patients.createEntityManager();
    try {
      PatientStore store = store(em);
      assertThat(
              store.sameUyghurNameAndBirthDate(
                  new UyghurName("ئابدۇکېریم تۇرسۇن").searchKey(), BORN))
          .extracting(Patient::id)
          .containsExactly(abdukerim);
      assertThat(store.sameUyghurNameAndBirthDate(new UyghurName("ئاىگۈل ياسىن").searchKey(), BORN))
          .extracting(Patient::id)
          .containsExactly(aygul);
      assertThat(
              store.sameUyghurNameAndBirthDate(
                  new UyghurName("گۈلمىرە مەمەت").searchKey(), BORN.plusDays(1)))
          .isEmpty();
      // a Uyghur-only patient's name_key is the Uyghur name's: never a "same name" match
      assertThat(store.sameNameAndBirthDate(PersonName.searchKeyOf("ئابدۇكېرىم تۇرسۇن"), BORN))
          .isEmpty();
      assertThat(store.sameNameAndBirthDate(new PersonName("古丽米热·买买提").searchKey(), BORN))
          .extracting(Patient::id)
          .containsExactly(gulmire);
    } finally {
      em.close();
    }
  }

  @Test
  void a_patient_without_either_name_is_refused_by_the_schema() {
    EntityManager em = patients.createEntityManager();
    try {
      em.getTransaction().begin();
      assertThatThrownBy(
              () ->
                  em.createNativeQuery(
                          "UPDATE patients.patient SET name = NULL, name_ug = NULL, name_ug_key ="
                              + " NULL, name_ug_latin = NULL, name_ug_latin_key = NULL WHERE id = ?1")
                      .setParameter(1, perhat)
                      .executeUpdate())
          .hasStackTraceContaining("patient_named");
      em.getTransaction().rollback();
    } finally {
      em.close();
    }
  }

  private static List<String> search(String q) {
    EntityManager em = patients.createEntityManager();
    try {
      return store(em).search(NameSearch.of(q), BORN, Set.of(VILLAGE), null, null, 20).stream()
          .map(Patient::id)
          .toList();
    } finally {
      em.close();
    }
  }

  private static String idOf(String who) {
    return switch (who) {
      case "gulmire" -> gulmire;
      case "abdukerim" -> abdukerim;
      case "muhemmet" -> muhemmet;
      case "aygul" -> aygul;
      case "perhat" -> perhat;
      default -> throw new IllegalArgumentException(who);
    };
  }

  private static PatientStore store(EntityManager em) {
    PatientStore store = new PatientStore();
    store.entityManager = em;
    return store;
  }

  private static String register(String name, String nameUg) {
    Patient patient =
        Patient.register(
            new PatientDetails(
                name == null ? null : new PersonName(name),
                nameUg == null ? null : new UyghurName(nameUg),
                Sex.FEMALE,
                BORN,
                null,
                null,
                "Uyghur",
                VILLAGE,
                null,
                List.of(
                    new Guardian(
                        null, new UyghurName("تۇرسۇنگۈل"), "mother", "13800001234", null))),
            "doctor.wensu",
            NOW);
    EntityManager em = patients.createEntityManager();
    try {
      em.getTransaction().begin();
      em.persist(patient);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
    return patient.id();
  }
}
