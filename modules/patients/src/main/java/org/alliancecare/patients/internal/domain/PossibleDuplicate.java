package org.alliancecare.patients.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/**
 * Patients on file that are probably the same person (same birth date and same Chinese name, same
 * Uyghur name or same guardian phone). Registering anyway needs {@code acknowledgeDuplicates:
 * true}.
 */
public class PossibleDuplicate extends BusinessRuleViolation {

  public PossibleDuplicate(List<Candidate> candidates) {
    super(
        "possible-duplicate",
        "This patient may already be registered; check the candidates, and register anyway with"
            + " acknowledgeDuplicates if it is a different person.",
        Map.of("candidates", candidates));
  }

  /** A patient on file that may be the same person, with why it was matched. */
  public record Candidate(
      String id,
      String name,
      String nameUg,
      LocalDate birthDate,
      String placeCode,
      String matchedOn) {}
}
