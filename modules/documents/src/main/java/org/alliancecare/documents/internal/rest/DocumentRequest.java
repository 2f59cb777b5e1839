package org.alliancecare.documents.internal.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.documents.api.DocumentFormat;
import org.alliancecare.documents.api.Paper;
import org.alliancecare.documents.api.PrintedDocument;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;

/**
 * What a document request asks for: the format ({@code ?format=pdf|html}, else the first of {@code
 * Accept} that is one of them, else PDF) and the paper ({@code ?paper=A4|A5}, else the document's
 * own). A bad value of either is a 400 naming it.
 */
record DocumentRequest(DocumentFormat format, Paper paper) {

  static final MediaType PDF = new MediaType("application", "pdf");

  static DocumentRequest of(String format, String paper, Paper usual, HttpHeaders headers) {
    List<FieldError> errors = new ArrayList<>();
    DocumentFormat chosenFormat = null;
    if (format != null && !format.isBlank()) {
      chosenFormat = DocumentFormat.named(format).orElse(null);
      if (chosenFormat == null) {
        errors.add(FieldError.of("format", "pdf-or-html"));
      }
    } else {
      chosenFormat = accepted(headers);
    }
    Paper chosenPaper = usual;
    if (paper != null && !paper.isBlank()) {
      chosenPaper = Paper.named(paper).orElse(null);
      if (chosenPaper == null) {
        errors.add(FieldError.of("paper", "a4-or-a5"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new DocumentRequest(chosenFormat, chosenPaper);
  }

  /** The first format the client accepts, in its order of preference; PDF for anything else. */
  private static DocumentFormat accepted(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType()) {
        return DocumentFormat.PDF;
      }
      if (type.isCompatible(PDF)) {
        return DocumentFormat.PDF;
      }
      if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
        return DocumentFormat.HTML;
      }
    }
    return DocumentFormat.PDF;
  }

  /** The answer: the document inline, with a file name for saving it. */
  static Response answer(PrintedDocument document) {
    return Response.ok(document)
        .type(document.format().mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
