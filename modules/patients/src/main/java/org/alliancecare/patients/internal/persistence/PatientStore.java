package org.alliancecare.patients.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.alliancecare.kernel.jdbc.ResultColumns;
import org.alliancecare.patients.api.ConsentOnDay;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.PatientFacts;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.patients.internal.domain.Consent;
import org.alliancecare.patients.internal.domain.Patient;

/** Patients and consents in the {@code patients} schema. */
@ApplicationScoped
public class PatientStore {

  private static final int CHUNK = 1000;

  @PersistenceContext(unitName = "patients")
  EntityManager entityManager;

  @Inject DataSource dataSource;

  /**
   * The patient's facts, following a merged duplicate to its survivor (the duplicate's own when the
   * survivor is missing, as {@code facts} does), with each consent of the patient those facts name:
   * one statement over JDBC instead of the entity, its guardians and its consents. It reads what is
   * committed or flushed, so it serves callers that changed nothing of the patient before it in
   * their transaction.
   */
  public Optional<ConsentOnDay> factsWithConsent(
      String patientId, ConsentScope scope, LocalDate day) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT f.id, f.birth_date, f.sex, f.place_code,"
                    + " c.scopes, c.given_on, c.withdrawn_on"
                    + " FROM patients.patient p"
                    + " LEFT JOIN patients.patient survivor ON survivor.id = p.merged_into"
                    + " JOIN patients.patient f ON f.id = COALESCE(survivor.id, p.id)"
                    + " LEFT JOIN patients.consent c ON c.patient_id = f.id"
                    + " WHERE p.id = ?")) {
      select.setString(1, patientId);
      try (ResultSet rows = select.executeQuery()) {
        PatientFacts facts = null;
        boolean active = false;
        while (rows.next()) {
          if (facts == null) {
            facts =
                new PatientFacts(
                    rows.getString("id"),
                    ResultColumns.date(rows, "birth_date"),
                    Sex.valueOf(rows.getString("sex")),
                    rows.getString("place_code"));
          }
          String scopes = rows.getString("scopes");
          active =
              active
                  || scopes != null
                      && Consent.covers(
                          scopes,
                          ResultColumns.date(rows, "given_on"),
                          ResultColumns.date(rows, "withdrawn_on"),
                          scope,
                          day);
        }
        return facts == null
            ? Optional.empty()
            : Optional.of(new ConsentOnDay(facts, scope, day, active));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a patient's facts and consents", e);
    }
  }

  /**
   * The patient's place, over JDBC (one column instead of the entity): what a scope check needs. It
   * reads what is committed or flushed, as {@link #factsWithConsent} does.
   */
  public Optional<String> placeOf(String id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT place_code FROM patients.patient WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a patient's place", e);
    }
  }

  /** The patient; none for no id (a page opened without its {@code patient} parameter). */
  public Optional<Patient> find(String id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(entityManager.find(Patient.class, id));
  }

  /** The patient, locked for the rest of the transaction (merges, concurrent edits). */
  public Optional<Patient> findForUpdate(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        entityManager.find(Patient.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public void add(Patient patient) {
    entityManager.persist(patient);
  }

  public void add(Consent consent) {
    entityManager.persist(consent);
  }

  /** Writes pending changes now, so that constraint violations surface inside the facade. */
  public void flush() {
    entityManager.flush();
  }

  public Optional<Patient> byNationalIdHash(byte[] hash) {
    return entityManager
        .createQuery("SELECT p FROM Patient p WHERE p.nationalIdHash = :hash", Patient.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  /** Patients not merged away with this normalised (Chinese or Latin) name and birth date. */
  public List<Patient> sameNameAndBirthDate(String nameKey, LocalDate birthDate) {
    return entityManager
        .createQuery(
            "SELECT p FROM Patient p WHERE p.nameKey = :nameKey AND p.birthDate = :birthDate"
                + " AND p.name IS NOT NULL AND p.mergedInto IS NULL",
            Patient.class)
        .setParameter("nameKey", nameKey)
        .setParameter("birthDate", birthDate)
        .setMaxResults(20)
        .getResultList();
  }

  /** Patients not merged away with this Uyghur name (its search key) and birth date. */
  public List<Patient> sameUyghurNameAndBirthDate(String nameUgKey, LocalDate birthDate) {
    return entityManager
        .createQuery(
            "SELECT p FROM Patient p WHERE p.nameUgKey = :nameUgKey AND p.birthDate = :birthDate"
                + " AND p.mergedInto IS NULL",
            Patient.class)
        .setParameter("nameUgKey", nameUgKey)
        .setParameter("birthDate", birthDate)
        .setMaxResults(20)
        .getResultList();
  }

  /** Patients not merged away born on {@code birthDate} with a guardian at one of the phones. */
  public List<Patient> sameGuardianPhoneAndBirthDate(Set<String> phoneKeys, LocalDate birthDate) {
    if (phoneKeys.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<String> ids =
        entityManager
            .createNativeQuery(
                "SELECT DISTINCT p.id FROM patients.patient p JOIN patients.guardian g ON g.patient_id = p.id"
                    + " WHERE g.phone_key = ANY (?1) AND p.birth_date = ?2 AND p.merged_into IS NULL"
                    + " LIMIT 20")
            .setParameter(1, phoneKeys.toArray(String[]::new))
            .setParameter(2, birthDate)
            .getResultList();
    List<Patient> patients = new ArrayList<>();
    ids.forEach(id -> find(id).ifPresent(patients::add));
    return patients;
  }

  /**
   * One page of patients at the given places (never merged duplicates), ordered by name key and id,
   * after the cursor {@code afterNameKey}/{@code afterId}; {@code name} null: any name.
   */
  public List<Patient> search(
      NameSearch name,
      LocalDate birthDate,
      Collection<String> places,
      String afterNameKey,
      String afterId,
      int limit) {
    if (places.isEmpty()) {
      return List.of();
    }
    StringBuilder jpql =
        new StringBuilder(
            "SELECT p FROM Patient p WHERE p.mergedInto IS NULL AND p.placeCode IN :places");
    if (name != null) {
      jpql.append(" AND (p.nameKey LIKE :name");
      if (name.uyghurKey() != null) {
        jpql.append(" OR p.nameUgKey LIKE :ugStart OR p.nameUgKey LIKE :ugWord");
      }
      if (name.latinKey() != null) {
        jpql.append(" OR p.nameUgLatinKey LIKE :latinStart OR p.nameUgLatinKey LIKE :latinWord");
      }
      jpql.append(")");
    }
    if (birthDate != null) {
      jpql.append(" AND p.birthDate = :birthDate");
    }
    if (afterNameKey != null) {
      jpql.append(" AND (p.nameKey > :afterName OR (p.nameKey = :afterName AND p.id > :afterId))");
    }
    jpql.append(" ORDER BY p.nameKey, p.id");
    TypedQuery<Patient> query =
        entityManager.createQuery(jpql.toString(), Patient.class).setParameter("places", places);
    if (name != null) {
      query.setParameter("name", "%" + escapeLike(name.nameKey()) + "%");
      if (name.uyghurKey() != null) {
        query
            .setParameter("ugStart", escapeLike(name.uyghurKey()) + "%")
            .setParameter("ugWord", "% " + escapeLike(name.uyghurKey()) + "%");
      }
      if (name.latinKey() != null) {
        query
            .setParameter("latinStart", escapeLike(name.latinKey()) + "%")
            .setParameter("latinWord", "% " + escapeLike(name.latinKey()) + "%");
      }
    }
    if (birthDate != null) {
      query.setParameter("birthDate", birthDate);
    }
    if (afterNameKey != null) {
      query.setParameter("afterName", afterNameKey).setParameter("afterId", afterId);
    }
    return query.setMaxResults(limit).getResultList();
  }

  public Optional<Consent> consent(String id) {
    return Optional.ofNullable(entityManager.find(Consent.class, id));
  }

  public List<Consent> consentsOf(String patientId) {
    return entityManager
        .createQuery(
            "SELECT c FROM Consent c WHERE c.patientId = :patient ORDER BY c.givenOn, c.id",
            Consent.class)
        .setParameter("patient", patientId)
        .getResultList();
  }

  /**
   * The ids of the patients at these places (never merged duplicates), by name key and id, at most
   * {@code limit}.
   */
  public List<String> idsAt(Collection<String> places, int limit) {
    if (places.isEmpty() || limit < 1) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "SELECT p.id FROM Patient p WHERE p.mergedInto IS NULL AND p.placeCode IN :places"
                + " ORDER BY p.nameKey, p.id",
            String.class)
        .setParameter("places", places)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The patients with these ids, their guardians fetched in the same query (a list of thousands
   * must not load each patient's guardians on its own).
   */
  public List<Patient> withGuardians(Collection<String> ids) {
    List<Patient> patients = new ArrayList<>();
    for (List<String> chunk : chunks(ids)) {
      patients.addAll(
          entityManager
              .createQuery(
                  "SELECT DISTINCT p FROM Patient p LEFT JOIN FETCH p.guardians WHERE p.id IN :ids",
                  Patient.class)
              .setParameter("ids", chunk)
              .getResultList());
    }
    return patients;
  }

  /** The consents of these patients if they are at one of {@code places}. */
  public List<Consent> consentsOf(Collection<String> patientIds, Collection<String> places) {
    if (places.isEmpty()) {
      return List.of();
    }
    List<Consent> consents = new ArrayList<>();
    for (List<String> chunk : chunks(patientIds)) {
      consents.addAll(
          entityManager
              .createQuery(
                  "SELECT c FROM Consent c WHERE c.patientId IN :ids AND c.patientId IN"
                      + " (SELECT p.id FROM Patient p WHERE p.id IN :ids AND p.placeCode IN"
                      + " :places) ORDER BY c.patientId, c.givenOn, c.id",
                  Consent.class)
              .setParameter("ids", chunk)
              .setParameter("places", places)
              .getResultList());
    }
    return consents;
  }

  /**
   * Patients at these places ordered by last change and id, after ({@code afterAt}, {@code
   * afterId}) when set; merged duplicates only when {@code ids} names them.
   */
  public List<Patient> changed(
      Collection<String> places,
      java.time.Instant since,
      java.time.Instant before,
      Collection<String> ids,
      byte[] nationalIdHash,
      java.time.Instant afterAt,
      String afterId,
      int limit) {
    if (places.isEmpty() || (ids != null && ids.isEmpty())) {
      return List.of();
    }
    StringBuilder jpql = new StringBuilder("SELECT p FROM Patient p WHERE p.placeCode IN :places");
    jpql.append(ids == null ? " AND p.mergedInto IS NULL" : " AND p.id IN :ids");
    appendChangeFilters(jpql, "p", since, before, afterAt);
    if (nationalIdHash != null) {
      jpql.append(" AND p.nationalIdHash = :hash");
    }
    jpql.append(" ORDER BY p.changedAt, p.id");
    TypedQuery<Patient> query =
        entityManager.createQuery(jpql.toString(), Patient.class).setParameter("places", places);
    if (ids != null) {
      query.setParameter("ids", ids);
    }
    if (nationalIdHash != null) {
      query.setParameter("hash", nationalIdHash);
    }
    bindChangeFilters(query, since, before, afterAt, afterId);
    return query.setMaxResults(limit).getResultList();
  }

  /**
   * Consents of patients at these places ordered by last change and id, after ({@code afterAt},
   * {@code afterId}) when set.
   */
  public List<Consent> changedConsents(
      Collection<String> places,
      java.time.Instant since,
      java.time.Instant before,
      Collection<String> ids,
      Collection<String> patientIds,
      java.time.Instant afterAt,
      String afterId,
      int limit) {
    if (places.isEmpty()
        || (ids != null && ids.isEmpty())
        || (patientIds != null && patientIds.isEmpty())) {
      return List.of();
    }
    StringBuilder jpql =
        new StringBuilder(
            "SELECT c FROM Consent c WHERE c.patientId IN"
                + " (SELECT p.id FROM Patient p WHERE p.placeCode IN :places)");
    if (ids != null) {
      jpql.append(" AND c.id IN :ids");
    }
    if (patientIds != null) {
      jpql.append(" AND c.patientId IN :patientIds");
    }
    appendChangeFilters(jpql, "c", since, before, afterAt);
    jpql.append(" ORDER BY c.changedAt, c.id");
    TypedQuery<Consent> query =
        entityManager.createQuery(jpql.toString(), Consent.class).setParameter("places", places);
    if (ids != null) {
      query.setParameter("ids", ids);
    }
    if (patientIds != null) {
      query.setParameter("patientIds", patientIds);
    }
    bindChangeFilters(query, since, before, afterAt, afterId);
    return query.setMaxResults(limit).getResultList();
  }

  private static void appendChangeFilters(
      StringBuilder jpql,
      String alias,
      java.time.Instant since,
      java.time.Instant before,
      java.time.Instant afterAt) {
    if (since != null) {
      jpql.append(" AND ").append(alias).append(".changedAt >= :since");
    }
    if (before != null) {
      jpql.append(" AND ").append(alias).append(".changedAt < :before");
    }
    if (afterAt != null) {
      jpql.append(" AND (")
          .append(alias)
          .append(".changedAt > :afterAt OR (")
          .append(alias)
          .append(".changedAt = :afterAt AND ")
          .append(alias)
          .append(".id > :afterId))");
    }
  }

  private static void bindChangeFilters(
      TypedQuery<?> query,
      java.time.Instant since,
      java.time.Instant before,
      java.time.Instant afterAt,
      String afterId) {
    if (since != null) {
      query.setParameter("since", since);
    }
    if (before != null) {
      query.setParameter("before", before);
    }
    if (afterAt != null) {
      query.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
    }
  }

  /** Lists of at most a thousand, to keep each statement's parameters well under the driver's. */
  private static List<List<String>> chunks(Collection<String> values) {
    List<String> all = List.copyOf(values);
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return chunks;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
