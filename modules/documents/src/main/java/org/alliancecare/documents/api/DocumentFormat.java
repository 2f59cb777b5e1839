package org.alliancecare.documents.api;

import java.util.Locale;
import java.util.Optional;

/**
 * How a document is delivered: a PDF to download or print as it is, or the same page as HTML for
 * the browser's own print.
 */
public enum DocumentFormat {
  PDF("application/pdf", "pdf"),
  HTML("text/html;charset=UTF-8", "html");

  private final String mediaType;
  private final String extension;

  DocumentFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format named by {@code text} ({@code pdf} or {@code html}), or empty. */
  public static Optional<DocumentFormat> named(String text) {
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
