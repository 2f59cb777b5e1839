package org.alliancecare.kernel.web;

/**
 * Who an HTTP request acts for: the username that the application's authentication mechanism
 * checked for this very request, kept as a request attribute (a request property in JAX-RS) for the
 * code that records who did something, such as the access log. The container's principal is not
 * used for this: during a database restart it was seen missing for an authenticated request.
 */
public final class RequestActor {

  /** The request attribute holding the username (a {@link String}). */
  public static final String ATTRIBUTE = "org.alliancecare.request.actor";

  private RequestActor() {}
}
