package org.alliancecare.interop.internal.fhir.people;

import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.LinkedHashSet;
import java.util.Set;
import org.alliancecare.interop.internal.fhir.Systems;
import org.alliancecare.kernel.InvalidInput;

/** The record ids that {@code _id}, {@code identifier} or a reference parameter ask for. */
final class SearchTokens {

  /** Ids ({@code null}: any) and an identity number in full ({@code null}: any). */
  record Identifiers(Set<String> ids, String nationalId) {}

  private SearchTokens() {}

  /**
   * {@code _id} and {@code identifier} of patients: our id ({@link Systems#PATIENT_ID}, or a bare
   * UUID) or the identity number ({@link Systems#RESIDENT_ID}, or a bare number). Parameters are
   * ANDed, the values of one parameter ORed; an identifier of another system matches nothing.
   */
  static Identifiers patientIdentifiers(TokenAndListParam ids, TokenAndListParam identifier) {
    Set<String> wanted = values(ids, null);
    String nationalId = null;
    if (identifier != null) {
      for (TokenOrListParam or : identifier.getValuesAsQueryTokens()) {
        Set<String> these = new LinkedHashSet<>();
        for (TokenParam token : or.getValuesAsQueryTokens()) {
          String system = token.getSystem();
          String value = token.getValue();
          if (value == null || value.isBlank()) {
            throw InvalidInput.of("identifier", "required");
          }
          if (Systems.RESIDENT_ID.equals(system)
              || ((system == null || system.isEmpty()) && !looksLikeId(value))) {
            if (nationalId != null && !nationalId.equals(value)) {
              return new Identifiers(Set.of(), null);
            }
            nationalId = value.strip();
          } else if (Systems.PATIENT_ID.equals(system) || system == null || system.isEmpty()) {
            these.add(value.strip());
          } else {
            return new Identifiers(Set.of(), null);
          }
        }
        if (!these.isEmpty()) {
          wanted = intersect(wanted, these);
        }
      }
    }
    return new Identifiers(wanted, nationalId);
  }

  /**
   * The values of a token parameter ({@code _id}, or {@code identifier} under {@code system}): null
   * when absent, the intersection of its ANDed lists otherwise; a value of another system is
   * dropped.
   */
  static Set<String> values(TokenAndListParam parameter, String system) {
    if (parameter == null) {
      return null;
    }
    Set<String> result = null;
    for (TokenOrListParam or : parameter.getValuesAsQueryTokens()) {
      Set<String> these = new LinkedHashSet<>();
      for (TokenParam token : or.getValuesAsQueryTokens()) {
        boolean systemMatches =
            system == null
                || token.getSystem() == null
                || token.getSystem().isEmpty()
                || system.equals(token.getSystem());
        if (systemMatches && token.getValue() != null && !token.getValue().isBlank()) {
          these.add(token.getValue().strip());
        }
      }
      result = intersect(result, these);
    }
    return result;
  }

  static Set<String> intersect(Set<String> a, Set<String> b) {
    if (a == null) {
      return b;
    }
    Set<String> both = new LinkedHashSet<>(a);
    both.retainAll(b);
    return both;
  }

  private static boolean looksLikeId(String value) {
    return value.strip().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }
}
