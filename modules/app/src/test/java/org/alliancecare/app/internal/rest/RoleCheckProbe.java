package org.alliancecare.app.internal.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;

/**
 * A resource for doctors, and a filter that makes a request's caller a doctor for the application
 * while the container knows nobody (deployed only by {@code PlatformConventionsIT}): the state in
 * which the container's principal and the caller that {@code BearerTokenMechanism} authenticated
 * disagree. {@code RoleEnforcement} admits the doctor; nothing else may refuse.
 */
@Path("probe-roles")
@RequestScoped
public class RoleCheckProbe {

  /** The request attribute that {@code BearerTokenMechanism} sets for the authenticated caller. */
  static final String CALLER = "org.alliancecare.security.caller";

  /** The request header that asks the filter to make the caller a doctor. */
  static final String AS_DOCTOR = "X-Probe-Doctor";

  @GET
  @RolesAllowed(Role.Names.DOCTOR)
  public Response forDoctors() {
    return Response.ok("{\"admitted\": true}").type("application/json").build();
  }

  /** Sets the application's caller, and only that, for requests that carry {@link #AS_DOCTOR}. */
  @Provider
  @PreMatching
  @Priority(Priorities.AUTHENTICATION + 1)
  public static class DoctorForTheApplicationOnly implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getHeaderString(AS_DOCTOR) != null) {
        request.setProperty(
            CALLER,
            new Caller("probe.doctor", "Probe Doctor", Set.of(Role.DOCTOR), Set.of(), null));
      }
    }
  }
}
