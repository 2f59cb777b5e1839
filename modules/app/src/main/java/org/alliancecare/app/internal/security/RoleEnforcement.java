package org.alliancecare.app.internal.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Logger;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every REST resource
 * method (the method's annotation, else its class's): anonymous callers of a method that needs a
 * role get 401, callers without any of its roles get 403, both through the application's problem
 * documents. {@code @RolesAllowed("**")} ({@link Role.Names#SIGNED_IN}) admits any signed-in
 * caller. A method with none of the annotations is public, as in JAX-RS; the authorisation matrix
 * test lists the expected outcome of every endpoint, so a forgotten annotation fails the build.
 */
@Provider
public class RoleEnforcement implements DynamicFeature {

  private static final Logger LOG = Logger.getLogger(RoleEnforcement.class.getName());

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method.isAnnotationPresent(DenyAll.class)) {
      context.register(new Admit(List.of(), name(resource)));
    } else if (method.isAnnotationPresent(RolesAllowed.class)) {
      context.register(
          new Admit(List.of(method.getAnnotation(RolesAllowed.class).value()), name(resource)));
    } else if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    } else if (type.isAnnotationPresent(DenyAll.class)) {
      context.register(new Admit(List.of(), name(resource)));
    } else if (type.isAnnotationPresent(RolesAllowed.class)) {
      context.register(
          new Admit(List.of(type.getAnnotation(RolesAllowed.class).value()), name(resource)));
    }
  }

  /** What a request to a method with roles gets. */
  enum Verdict {
    ADMITTED,
    UNAUTHENTICATED,
    FORBIDDEN
  }

  /** The resource method, as a log line names it (a path would name records). */
  private static String name(ResourceInfo resource) {
    return resource.getResourceClass().getSimpleName()
        + "."
        + resource.getResourceMethod().getName();
  }

  /** Admits callers in one of the roles ({@code "**"}: any signed-in caller; none: nobody). */
  @Priority(Priorities.AUTHORIZATION)
  static final class Admit implements ContainerRequestFilter {

    private final List<String> roles;
    private final String method;

    Admit(List<String> roles, String method) {
      this.roles = List.copyOf(roles);
      this.method = method;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      // the caller that BearerTokenMechanism authenticated for this very request (a servlet request
      // attribute), not the container's principal: the facades act for the same caller
      Caller caller =
          request.getProperty(BearerTokenMechanism.CALLER) instanceof Caller authenticated
              ? authenticated
              : null;
      switch (verdict(caller)) {
        case ADMITTED -> {
          return;
        }
        case UNAUTHENTICATED -> throw new NotAuthorizedException("Bearer");
        case FORBIDDEN -> {
          LOG.info(
              () ->
                  "refused "
                      + method
                      + ": needs one of "
                      + roles
                      + ", the caller has "
                      + (caller == null ? "no roles" : caller.roles()));
          throw new ForbiddenException();
        }
      }
    }

    /** Whether {@code caller} (null: nobody signed in) may call the method. */
    Verdict verdict(Caller caller) {
      if (roles.isEmpty()) {
        return Verdict.FORBIDDEN;
      }
      if (caller == null) {
        return Verdict.UNAUTHENTICATED;
      }
      if (roles.contains(Role.Names.SIGNED_IN)
          || caller.roles().stream().anyMatch(held -> roles.contains(held.name()))) {
        return Verdict.ADMITTED;
      }
      return Verdict.FORBIDDEN;
    }
  }
}
