package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.alliancecare.directory.api.CurrentCaller;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Every FHIR request but the CapabilityStatement ({@code GET /fhir/metadata}) needs a signed-in
 * caller: the API's bearer token, checked by the application's authentication mechanism before the
 * servlet runs. Without one (no token, or a token that is unknown, expired or revoked) the answer
 * is 401 with {@code WWW-Authenticate: Bearer} and an OperationOutcome, before any provider runs.
 * (HAPI answers its own {@link AuthenticationException} in plain text, so the answer is written
 * here.)
 */
@ApplicationScoped
@Interceptor
public class FhirAuthentication {

  static final String NEEDS_TOKEN = "a bearer token is needed (POST /api/session to get one)";

  @Inject CurrentCaller caller;

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean requireCaller(
      RequestDetails request, HttpServletRequest http, HttpServletResponse response)
      throws IOException {
    if ("metadata".equals(request.getRequestPath()) || caller.find().isPresent()) {
      return true;
    }
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(OperationOutcome.IssueType.LOGIN)
        .setDiagnostics(NEEDS_TOKEN);
    boolean xml = wantsXml(http);
    IParser parser =
        xml ? request.getFhirContext().newXmlParser() : request.getFhirContext().newJsonParser();
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(xml ? Constants.CT_FHIR_XML_NEW : Constants.CT_FHIR_JSON_NEW);
    response.getWriter().write(parser.encodeResourceToString(outcome));
    return false;
  }

  private static boolean wantsXml(HttpServletRequest http) {
    String format = http.getParameter("_format");
    if (format != null) {
      return format.contains("xml");
    }
    String accept = http.getHeader("Accept");
    return accept != null && accept.contains("xml") && !accept.contains("json");
  }

  /** The 401 of a provider that finds nobody signed in (the hook above answers first). */
  static AuthenticationException unauthenticated() {
    AuthenticationException refusal = new AuthenticationException(NEEDS_TOKEN);
    refusal.addResponseHeader("WWW-Authenticate", "Bearer");
    return refusal;
  }
}
