package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;

/**
 * The search parameters the clinical providers share, read the way FHIR defines them: a reference
 * to the patient, date ranges and tokens ({@code system|code}, either part optional); and the
 * paging of lists a facade answers whole (a patient's referrals or cases) by the same key cursor as
 * the facades' pages ({@link SearchBundles}).
 */
final class ClinicalSearch {

  private ClinicalSearch() {}

  /** The patient's id of {@code subject} or {@code patient}; a reference to another type is 400. */
  static String patientId(ReferenceParam subject, ReferenceParam patient) {
    ReferenceParam given = patient != null ? patient : subject;
    if (given == null) {
      return null;
    }
    String type = given.getResourceType();
    if (type != null && !type.equals("Patient")) {
      throw new InvalidRequestException("The subject must be a Patient");
    }
    return given.getIdPart();
  }

  /**
   * The page of {@code rows} after the request's cursor, in the order of {@code key} (which must be
   * unique), with the cursor of the next page.
   */
  static <T> Page<T> page(List<T> rows, Function<T, String> key, PageRequest page) {
    List<T> after =
        rows.stream()
            .filter(r -> page.after() == null || key.apply(r).compareTo(page.after()) > 0)
            .sorted(Comparator.comparing(key))
            .limit(page.fetchSize())
            .toList();
    return page.toPage(after, key);
  }

  /** Whether {@code at} lies in the range; no range, or no date to compare, matches. */
  static boolean within(DateRangeParam range, Instant at) {
    if (range == null || range.isEmpty()) {
      return true;
    }
    if (at == null) {
      return false;
    }
    Date lower = range.getLowerBoundAsInstant();
    Date upper = range.getUpperBoundAsInstant();
    return (lower == null || !at.isBefore(lower.toInstant()))
        && (upper == null || !at.isAfter(upper.toInstant()));
  }

  static boolean within(DateRangeParam range, Date at) {
    return within(range, at == null ? null : at.toInstant());
  }

  /** Whether one of the concept's codings matches one of the tokens. */
  static boolean matches(TokenOrListParam tokens, CodeableConcept concept) {
    if (tokens == null || tokens.getValuesAsQueryTokens().isEmpty()) {
      return true;
    }
    return tokens.getValuesAsQueryTokens().stream()
        .anyMatch(
            token ->
                concept.getCoding().stream()
                    .anyMatch(c -> matches(token, c.getSystem(), c.getCode())));
  }

  /** Whether one of the identifiers matches one of the tokens. */
  static boolean matchesIdentifier(TokenOrListParam tokens, List<Identifier> identifiers) {
    if (tokens == null || tokens.getValuesAsQueryTokens().isEmpty()) {
      return true;
    }
    return tokens.getValuesAsQueryTokens().stream()
        .anyMatch(
            token ->
                identifiers.stream().anyMatch(i -> matches(token, i.getSystem(), i.getValue())));
  }

  /** Whether a plain code (a status) is one of the tokens' codes. */
  static boolean matchesCode(TokenOrListParam tokens, String code) {
    if (tokens == null || tokens.getValuesAsQueryTokens().isEmpty()) {
      return true;
    }
    return tokens.getValuesAsQueryTokens().stream().anyMatch(t -> code.equals(t.getValue()));
  }

  private static boolean matches(TokenParam token, String system, String code) {
    boolean systemMatches =
        token.getSystem() == null
            || token.getSystem().isEmpty()
            || token.getSystem().equals(system);
    boolean codeMatches =
        token.getValue() == null || token.getValue().isEmpty() || token.getValue().equals(code);
    return systemMatches && codeMatches;
  }
}
