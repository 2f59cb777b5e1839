package org.alliancecare.app.internal.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers 503 (with {@code Retry-After}) to a request whose credentials could not be checked (the
 * database is unreachable), and 401 ({@code unauthenticated}) to a request whose credentials {@link
 * BearerTokenMechanism} refused, whatever it asks for, except signing in ({@code POST
 * /api/session}), which a client with a stale token must still be able to do.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RejectedCredentials implements ContainerRequestFilter {

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest.getAttribute(BearerTokenMechanism.UNCHECKED) != null) {
      throw new ServiceUnavailableException(5L);
    }
    if (servletRequest.getAttribute(BearerTokenMechanism.REJECTED) == null) {
      return;
    }
    String path = request.getUriInfo().getPath();
    boolean signingIn =
        "POST".equals(request.getMethod())
            && ("session".equals(path) || "/session".equals(path) || "session/".equals(path));
    if (!signingIn) {
      throw new NotAuthorizedException("Bearer");
    }
  }
}
