package org.alliancecare.web.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A facade's refusal, as the members of the problem document that the API would answer for it
 * ({@code type}, {@code detail}, {@code errors} and the rule's own members).
 */
public record Refusal(Map<String, Object> members) {

  public Refusal {
    // a copy that keeps the document's order and its members without a value
    members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  /** The problem's {@code type}: a rule's name, or {@code not-found}, {@code stale-version}… */
  public String type() {
    return String.valueOf(members.get("type"));
  }
}
