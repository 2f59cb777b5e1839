package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliancecare.directory.api.CurrentCaller;

/**
 * Every FHIR request but the CapabilityStatement ({@code GET /fhir/metadata}) needs a signed-in
 * caller: the API's bearer token, checked by the application's authentication mechanism before the
 * servlet runs. Without one (no token, or a token that is unknown, expired or revoked) the answer
 * is 401 with {@code WWW-Authenticate: Bearer} and an OperationOutcome, before any provider runs.
 */
@ApplicationScoped
@Interceptor
public class FhirAuthentication {

  @Inject CurrentCaller caller;

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean requireCaller(RequestDetails request) {
    if (request.getRestOperationType() == RestOperationTypeEnum.METADATA) {
      return true;
    }
    if (caller.find().isEmpty()) {
      throw unauthenticated();
    }
    return true;
  }

  /** The 401 of FHIR: an OperationOutcome, and the scheme the client should use. */
  static AuthenticationException unauthenticated() {
    AuthenticationException refusal =
        new AuthenticationException("a bearer token is needed (POST /api/session to get one)");
    refusal.addResponseHeader("WWW-Authenticate", "Bearer");
    return refusal;
  }
}
