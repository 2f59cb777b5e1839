package org.alliancecare.web.api;

/** The pages that the WAR's sign-in and error handling lead to. */
public final class WebPages {

  /** The page where a browser signs in; public. */
  public static final String SIGN_IN_PAGE = "/signin.xhtml";

  /** Where a signed-in browser starts. */
  public static final String HOME_PAGE = "/app/home.xhtml";

  private WebPages() {}

  /** Whether {@code path} (below the context path) is a page of the UI. */
  public static boolean isPage(String path) {
    return path.startsWith("/app/") || path.equals(SIGN_IN_PAGE);
  }
}
