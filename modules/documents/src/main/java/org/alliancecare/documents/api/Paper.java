package org.alliancecare.documents.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The paper a document is laid out for: what a township health centre's printer takes. A slip fits
 * on A5 (a family folds it into the child's health booklet), a letter on A4.
 */
public enum Paper {
  A4,
  A5;

  /** The paper named by {@code text} (case-insensitive), or empty when it names none. */
  public static Optional<Paper> named(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
