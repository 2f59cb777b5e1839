package org.alliancecare.screening.internal.domain.classification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;

/**
 * The entry to the engine: classifies one screening under one {@link RuleSet}. Pure and stateless;
 * one instance may serve every request.
 */
public final class ScreeningClassifier {

  private final RuleSet ruleSet;
  private final VisionClassifier vision;
  private final HearingClassifier hearing;
  private final SpeechClassifier speech;

  public ScreeningClassifier(RuleSet ruleSet) {
    this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    this.vision = new VisionClassifier(ruleSet);
    this.hearing = new HearingClassifier(ruleSet);
    this.speech = new SpeechClassifier(ruleSet);
  }

  /** A classifier under {@link RuleSet#current()}, for new screenings. */
  public static ScreeningClassifier underCurrentRules() {
    return new ScreeningClassifier(RuleSet.current());
  }

  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * Refuses, naming {@code method} alone, a method that does not screen {@code kind}: what a
   * request is refused for before its measurements are read (by the service and by the offline
   * field app alike).
   *
   * @throws InvalidInput naming {@code method}
   */
  public static void requireScreenedBy(ScreeningKind kind, ScreeningMethod method) {
    if (!kind.isScreenedBy(method)) {
      throw new InvalidInput(List.of(notScreenedBy(kind, method)));
    }
  }

  private static InvalidInput.FieldError notScreenedBy(ScreeningKind kind, ScreeningMethod method) {
    return InvalidInput.FieldError.of(
        "method", "method-does-not-screen", method, kind, kind.methods());
  }

  /**
   * Classifies one screening.
   *
   * @param birthDate the child's date of birth
   * @param screenedOn the day of the screening (the {@code performedAt} instant read in the time
   *     zone of the place where it was done); the age is counted in whole years on this day
   * @throws InvalidInput naming {@code kind}, {@code method}, {@code performedAt} or each bad
   *     {@code measurements.*} field: a method that does not screen this kind, chart acuity below
   *     the rule set's youngest age, measurements of the wrong shape, missing or implausible values
   */
  public Classification classify(
      ScreeningKind kind,
      ScreeningMethod method,
      LocalDate birthDate,
      LocalDate screenedOn,
      Measurements measurements) {
    return classify(
        kind, method, CalendarDay.of(birthDate), CalendarDay.of(screenedOn), measurements);
  }

  /**
   * The same as {@link #classify(ScreeningKind, ScreeningMethod, LocalDate, LocalDate,
   * Measurements)}, on the engine's own days: the entry of the offline field app, which has no
   * {@code java.time}.
   */
  public Classification classify(
      ScreeningKind kind,
      ScreeningMethod method,
      CalendarDay birthDate,
      CalendarDay screenedOn,
      Measurements measurements) {
    FieldErrors errors = new FieldErrors();
    if (kind == null) {
      errors.add("kind", "the kind is required: VISION, HEARING or SPEECH");
    }
    if (method == null) {
      errors.add("method", "the method is required");
    } else if (kind != null && !kind.isScreenedBy(method)) {
      errors.add(notScreenedBy(kind, method));
    }
    if (measurements == null) {
      errors.add("measurements", "the measurements are required");
    }
    AgeAtScreening age = errors.read(() -> AgeAtScreening.between(birthDate, screenedOn));
    errors.throwIfAny();
    return switch (kind) {
      case VISION -> vision.classify(method, age, measurements);
      case HEARING -> hearing.classify(method, age, measurements);
      case SPEECH -> speech.classify(method, measurements);
    };
  }
}
