package org.alliancecare.app.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates every request by its {@code Authorization: Bearer <token>} header. Without the
 * header the request is anonymous (resources that need a role then answer 401). A header that does
 * not open a valid session (unknown, expired or revoked token, disabled account, another scheme)
 * marks the request as rejected; {@link RejectedCredentials} answers it with 401 before any
 * resource runs, so a stale token is never mistaken for an anonymous request.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

  /** The request attribute holding the signed-in {@code Caller}. */
  static final String CALLER = "org.alliancecare.security.caller";

  /** The request attribute set when the request carried credentials that were refused. */
  static final String REJECTED = "org.alliancecare.security.rejected";

  private static final String BEARER = "Bearer ";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return context.doNothing();
    }
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      request.setAttribute(REJECTED, Boolean.TRUE);
      return context.doNothing();
    }
    String token = authorization.substring(BEARER.length()).strip();
    CredentialValidationResult result = identityStores.validate(new BearerTokenCredential(token));
    if (result.getStatus() == CredentialValidationResult.Status.VALID
        && result.getCallerPrincipal() instanceof AuthenticatedCaller authenticated) {
      request.setAttribute(CALLER, authenticated.caller());
      return context.notifyContainerAboutLogin(result);
    }
    request.setAttribute(REJECTED, Boolean.TRUE);
    return context.doNothing();
  }
}
