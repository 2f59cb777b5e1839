package org.alliancecare.web.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a facade's refusal means, as the API would answer it: the members of the problem document
 * ({@code type}, {@code title}, {@code status}, {@code detail}, {@code errors} and the rule's own
 * members), so that a page says the same thing in the user's language.
 */
public interface Refusals {

  /**
   * The problem's members for the exception or the first cause in its chain that the API
   * understands; empty for anything the API would answer with a 500.
   */
  Optional<Map<String, Object>> understood(Throwable thrown);

  /**
   * The same with {@code title}, {@code detail} and each error's {@code message} in the language
   * (issue 16: a Chinese or Uyghur page never shows the API's English sentences).
   */
  default Optional<Map<String, Object>> understood(Throwable thrown, Locale language) {
    return understood(thrown);
  }
}
