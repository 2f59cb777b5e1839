package org.alliancecare.screening.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.domain.classification.Classification;
import org.alliancecare.screening.internal.domain.classification.ScreeningClassifier;

/**
 * A screening of one patient: the examination (kind, method, time, performer, clinic), which never
 * changes, and its versions. It is never edited in place: a correction adds a version that names
 * the one it corrects and why, and every version stays readable. Each version is classified when it
 * is added, from its own measurements, by the classifier given (the rule set in force), so a
 * version's result always follows from what it says was measured.
 */
public final class Screening {

  /** How far in the future a screening may be dated, for a device clock slightly ahead. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final ScreeningId id;
  private final PatientId patient;
  private final Examination examination;
  private final List<ScreeningVersion> versions;

  private Screening(
      ScreeningId id, PatientId patient, Examination examination, List<ScreeningVersion> versions) {
    this.id = Objects.requireNonNull(id, "id");
    this.patient = Objects.requireNonNull(patient, "patient");
    this.examination = Objects.requireNonNull(examination, "examination");
    this.versions = new ArrayList<>(versions);
    if (this.versions.isEmpty()) {
      throw new IllegalArgumentException("a screening has at least its first version");
    }
    for (int i = 0; i < this.versions.size(); i++) {
      if (this.versions.get(i).number() != i + 1) {
        throw new IllegalArgumentException("versions are numbered 1, 2, 3… without gaps");
      }
    }
  }

  /**
   * Records a screening as version 1, classified from its measurements.
   *
   * @param birthDate the patient's, for the age on the day of the screening
   * @param now the moment of recording; a screening dated later than this (beyond {@link
   *     #CLOCK_SKEW}) is refused
   * @throws InvalidInput naming {@code performedAt} and every bad measurement at once
   */
  public static Screening record(
      ScreeningId id,
      PatientId patient,
      LocalDate birthDate,
      Examination examination,
      Observation observation,
      ScreeningClassifier classifier,
      Instant now) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (examination.performedAt().isAfter(now.plus(CLOCK_SKEW))) {
      errors.add(
          InvalidInput.FieldError.of("performedAt", "lies-in-future-give-time-screening-was"));
    }
    Classification classification = null;
    try {
      classification = classify(examination, birthDate, observation, classifier);
    } catch (InvalidInput refused) {
      errors.addAll(refused.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    ScreeningVersion first =
        new ScreeningVersion(
            1, observation, classification, null, null, examination.performer().username(), now);
    return new Screening(id, patient, examination, List.of(first));
  }

  /** A screening as stored, versions in order. */
  public static Screening reconstitute(
      ScreeningId id, PatientId patient, Examination examination, List<ScreeningVersion> versions) {
    return new Screening(id, patient, examination, versions);
  }

  /**
   * Corrects the current version: adds the next one, classified from the corrected measurements,
   * naming the version it corrects and the reason.
   *
   * @param expectedVersion the version the corrector saw; another current version → {@link
   *     StaleVersion}
   * @throws InvalidInput naming {@code reason} or the bad measurements
   */
  public ScreeningVersion correct(
      long expectedVersion,
      String reason,
      Observation corrected,
      LocalDate birthDate,
      ScreeningClassifier classifier,
      String by,
      Instant now) {
    StaleVersion.requireCurrent(expectedVersion, version());
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("reason", "say-why-screening-corrected");
    }
    Classification classification = classify(examination, birthDate, corrected, classifier);
    ScreeningVersion next =
        new ScreeningVersion(
            version() + 1, corrected, classification, version(), reason.strip(), by, now);
    versions.add(next);
    return next;
  }

  private static Classification classify(
      Examination examination,
      LocalDate birthDate,
      Observation observation,
      ScreeningClassifier classifier) {
    return classifier.classify(
        examination.kind(),
        examination.method(),
        birthDate,
        ScreeningDay.of(examination.performedAt()),
        observation.measurements());
  }

  public ScreeningId id() {
    return id;
  }

  public PatientId patient() {
    return patient;
  }

  public Examination examination() {
    return examination;
  }

  public ScreeningKind kind() {
    return examination.kind();
  }

  public ScreeningMethod method() {
    return examination.method();
  }

  /** The day the screening was done, on which age and consent are judged. */
  public LocalDate screenedOn() {
    return ScreeningDay.of(examination.performedAt());
  }

  /** The number of the current version; also the ETag. */
  public long version() {
    return versions.size();
  }

  public ScreeningVersion current() {
    return versions.get(versions.size() - 1);
  }

  public ScreeningVersion first() {
    return versions.get(0);
  }

  /** Every version, the first one first. */
  public List<ScreeningVersion> versions() {
    return List.copyOf(versions);
  }
}
