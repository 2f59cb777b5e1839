package org.alliancecare.web.internal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.documents.api.DocumentFormat;
import org.alliancecare.documents.api.DocumentsFacade;
import org.alliancecare.documents.api.Paper;
import org.alliancecare.documents.api.PrintedDocument;
import org.alliancecare.kernel.RecordNotFound;

/**
 * {@code /app/documents/slip/{screeningId}} and {@code /app/documents/letter/{referralId}}: the
 * printed documents for a signed-in browser (the same documents as {@code GET
 * /api/screenings/{id}/slip} and {@code GET /api/referrals/{id}/letter}, which take a bearer
 * token), {@code ?format=pdf|html} and {@code ?paper=A4|A5}. Each print writes its access-log row
 * (PRINT) before the document is sent.
 */
@WebServlet("/app/documents/*")
public class DocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient DocumentsFacade documents;
  @Inject transient CurrentCaller caller;
  @Inject transient AccessTrail accessTrail;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] path =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    if (path.length != 3 || path[2].isBlank()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DocumentFormat format =
        DocumentFormat.named(request.getParameter("format")).orElse(DocumentFormat.PDF);
    String id = path[2];
    PrintedDocument document;
    String resourceType;
    try {
      switch (path[1]) {
        case "slip" -> {
          Paper paper = Paper.named(request.getParameter("paper")).orElse(Paper.A5);
          document = documents.screeningSlip(id, format, paper, caller.get());
          resourceType = "ScreeningSlip";
        }
        case "letter" -> {
          Paper paper = Paper.named(request.getParameter("paper")).orElse(Paper.A4);
          String base =
              request.getScheme()
                  + "://"
                  + request.getServerName()
                  + ":"
                  + request.getServerPort()
                  + request.getContextPath();
          document = documents.referralLetter(id, format, paper, base, caller.get());
          resourceType = "ReferralLetter";
        }
        default -> {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
      }
    } catch (RecordNotFound e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    accessTrail.printed(resourceType, document);
    response.setContentType(document.format().mediaType());
    response.setHeader("Content-Disposition", "inline; filename=\"" + document.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(document.content().length);
    response.getOutputStream().write(document.content());
  }
}
