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
import java.util.logging.Logger;
import org.alliancecare.kernel.web.RequestActor;

/**
 * The application's one authentication mechanism. A request with an {@code Authorization: Bearer
 * <token>} header is authenticated by it, whatever its path. Without the header, a request of the
 * REST API is anonymous (resources that need a role then answer 401), and a request of the web UI
 * is authenticated by its browser session ({@link BrowserSessions}: the form sign-in, the session's
 * token kept in the HTTP session, the redirect to the sign-in page). A header that does not open a
 * valid session (unknown, expired or revoked token, disabled account, another scheme) marks the
 * request as rejected; {@link RejectedCredentials} answers it with 401 before any resource runs, so
 * a stale token is never mistaken for an anonymous request.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

  /** The request attribute holding the signed-in {@code Caller}. */
  static final String CALLER = "org.alliancecare.security.caller";

  /** The request attribute set when the request carried credentials that were refused. */
  static final String REJECTED = "org.alliancecare.security.rejected";

  /**
   * The request attribute set when the credentials could not be checked at all (the database is
   * unreachable): {@link RejectedCredentials} answers 503, so that a client retries instead of
   * taking the container's answer to a failed authentication (a 403) as a refusal.
   */
  static final String UNCHECKED = "org.alliancecare.security.unchecked";

  private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());

  private static final String BEARER = "Bearer ";

  @Inject IdentityStoreHandler identityStores;
  @Inject BrowserSessions browserSessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return BrowserSessions.isApi(request)
          ? context.doNothing()
          : browserSessions.validate(request, response, context);
    }
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      request.setAttribute(REJECTED, Boolean.TRUE);
      return context.doNothing();
    }
    String token = authorization.substring(BEARER.length()).strip();
    CredentialValidationResult result;
    try {
      result = identityStores.validate(new BearerTokenCredential(token));
    } catch (RuntimeException e) {
      LOG.warning("a bearer token could not be checked: " + e.getClass().getSimpleName());
      request.setAttribute(UNCHECKED, Boolean.TRUE);
      return context.doNothing();
    }
    if (result.getStatus() == CredentialValidationResult.Status.VALID
        && result.getCallerPrincipal() instanceof AuthenticatedCaller authenticated) {
      request.setAttribute(CALLER, authenticated.caller());
      request.setAttribute(RequestActor.ATTRIBUTE, authenticated.caller().username());
      return context.notifyContainerAboutLogin(result);
    }
    request.setAttribute(REJECTED, Boolean.TRUE);
    return context.doNothing();
  }
}
