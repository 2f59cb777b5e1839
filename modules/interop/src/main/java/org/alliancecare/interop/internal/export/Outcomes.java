package org.alliancecare.interop.internal.export;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The export endpoints' errors as FHIR speaks them: an {@code OperationOutcome} with one issue per
 * problem ({@code expression} naming the parameter or header at fault), {@code
 * application/fhir+json}.
 */
final class Outcomes {

  static final String FHIR_JSON = "application/fhir+json";

  private Outcomes() {}

  static OperationOutcome of(IssueType type, List<ExportRefused.Problem> problems) {
    OperationOutcome outcome = new OperationOutcome();
    for (ExportRefused.Problem problem : problems) {
      OperationOutcome.OperationOutcomeIssueComponent issue =
          outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type);
      issue.setDiagnostics(problem.message());
      if (problem.field() != null) {
        issue.addExpression(problem.field());
      }
    }
    return outcome;
  }

  static void send(HttpServletResponse response, int status, IssueType type, String message)
      throws IOException {
    send(response, status, of(type, List.of(new ExportRefused.Problem(null, message))));
  }

  static void send(HttpServletResponse response, int status, OperationOutcome outcome)
      throws IOException {
    response.setStatus(status);
    response.setContentType(FHIR_JSON);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(outcome));
  }
}
