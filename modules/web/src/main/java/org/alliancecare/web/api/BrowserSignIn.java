package org.alliancecare.web.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The browser's side of the one authentication mechanism, which the WAR owns: where to go after
 * signing in, and signing out.
 */
public interface BrowserSignIn {

  /** The page asked for before the browser was sent to sign in, else the home page. */
  String returnTo(HttpServletRequest request);

  /** Ends the browser's session: its token is revoked and the HTTP session invalidated. */
  void signOut(HttpServletRequest request);
}
