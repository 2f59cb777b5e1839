package org.alliancecare.app.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.alliancecare.directory.api.SessionFacade;
import org.alliancecare.directory.api.SignedIn;
import org.alliancecare.web.api.BrowserSignIn;
import org.alliancecare.web.api.SessionCookies;
import org.alliancecare.web.api.WebPages;

/**
 * Sign-in for the web UI, as part of the one authentication mechanism ({@link
 * BearerTokenMechanism}): a browser signs in on the sign-in page with the same accounts, the same
 * lockout and the same sessions as {@code POST /api/session} ({@link SessionFacade#signIn}); the
 * session's opaque token is then kept in the HTTP session (never in a page, a URL or a script) and
 * checked on every request like a bearer token, so that it expires, is revoked and is refused for a
 * disabled account exactly as the API's. Only pages are authenticated this way: the REST API takes
 * bearer tokens only, so that a cookie never authorises an API call (no cross-site request forgery
 * there).
 */
@ApplicationScoped
public class BrowserSessions implements BrowserSignIn {

  /** The HTTP session attribute holding the session's token. */
  static final String TOKEN = "org.alliancecare.security.session-token";

  /** The HTTP session attribute holding the page asked for before signing in. */
  static final String RETURN_TO = "org.alliancecare.security.return-to";

  @Inject SessionFacade sessions;
  @Inject IdentityStoreHandler identityStores;

  /**
   * Whether the request is for the REST API or the FHIR API ({@code /fhir}), which only bearer
   * tokens authenticate: never a sign-in page, never the browser's session.
   */
  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/fhir")
        || path.startsWith("/fhir/");
  }

  private static boolean isPageResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/static/");
  }

  /** Authenticates a browser's request: a sign-in, the HTTP session's token, or nobody. */
  AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential()
            instanceof UsernamePasswordCredential credential) {
      return signIn(credential, request, context);
    }
    if (isPageResource(request)) {
      // stylesheets, scripts and images of the pages need nobody
      return context.doNothing();
    }
    HttpSession session = request.getSession(false);
    String token = session == null ? null : (String) session.getAttribute(TOKEN);
    if (token != null) {
      AuthenticationStatus status = login(token, request, context);
      if (status != null) {
        return status;
      }
      // expired, revoked, or the account was disabled: the browser signs in again
      session.removeAttribute(TOKEN);
    }
    if (context.isProtected()) {
      return toSignIn(request, response, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      UsernamePasswordCredential credential,
      HttpServletRequest request,
      HttpMessageContext context) {
    Optional<SignedIn> signedIn =
        sessions.signIn(credential.getCaller(), credential.getPasswordAsString());
    credential.getPassword().clear();
    if (signedIn.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession previous = request.getSession(false);
    if (previous != null) {
      if (previous.getAttribute(TOKEN) instanceof String earlier) {
        sessions.signOut(earlier);
      }
      // a new session id after signing in: an id planted before cannot ride on the new session
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(TOKEN, signedIn.get().token());
    SessionCookies.markSameSite(context.getResponse());
    AuthenticationStatus status = login(signedIn.get().token(), request, context);
    return status == null ? AuthenticationStatus.SEND_FAILURE : status;
  }

  /** Tells the container who is calling, or answers {@code null} for a token that is not valid. */
  private AuthenticationStatus login(
      String token, HttpServletRequest request, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(new BearerTokenCredential(token));
    if (result.getStatus() == CredentialValidationResult.Status.VALID
        && result.getCallerPrincipal() instanceof AuthenticatedCaller authenticated) {
      request.setAttribute(BearerTokenMechanism.CALLER, authenticated.caller());
      return context.notifyContainerAboutLogin(result);
    }
    return null;
  }

  /**
   * Sends an anonymous browser from a page that needs a signed-in caller to the sign-in page, and
   * remembers the page (GET only) to come back to. An Ajax request of a page whose session ended
   * gets the redirect as a Faces partial response, which the page follows.
   */
  private AuthenticationStatus toSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String signIn = request.getContextPath() + WebPages.SIGN_IN_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn
                    + "\"></redirect></partial-response>");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession(true)
          .setAttribute(
              RETURN_TO,
              request.getRequestURI().substring(request.getContextPath().length())
                  + (query == null ? "" : "?" + query));
      SessionCookies.markSameSite(response);
    }
    return context.redirect(signIn);
  }

  /**
   * The page asked for before signing in (a page of the UI, never another site), else the home
   * page; forgotten once asked.
   */
  @Override
  public String returnTo(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object saved = session == null ? null : session.getAttribute(RETURN_TO);
    if (session != null) {
      session.removeAttribute(RETURN_TO);
    }
    if (saved instanceof String path
        && path.startsWith("/app/")
        && !path.contains("//")
        && !path.contains("\\")) {
      return path;
    }
    return WebPages.HOME_PAGE;
  }

  /** Ends the browser's session: its token is revoked, its HTTP session invalidated. */
  @Override
  public void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      if (session.getAttribute(TOKEN) instanceof String token) {
        sessions.signOut(token);
      }
      session.invalidate();
    }
    try {
      request.logout();
    } catch (ServletException e) {
      throw new IllegalStateException("could not sign out", e);
    }
  }
}
