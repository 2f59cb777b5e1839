package org.alliancecare.audit.internal.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.internal.application.AccessLog;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.web.AccessLogged;
import org.alliancecare.kernel.web.RequestActor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the access log for every successful response of an {@link AccessLogged} resource method,
 * in any module: one row per patient whose personal data the response carries, committed before the
 * response is written (a JAX-RS response filter runs before the entity is serialised), so that a
 * read that could not be logged fails instead of being sent.
 *
 * <p>It also looks at the responses of every other method: one that carries a {@code
 * PersonalRecord} without the annotation is refused (500, logged as a bug) rather than sent
 * unlogged. Together with the build-time test over declared return types, forgetting the annotation
 * cannot leak personal data.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class AccessLogFilter implements ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(AccessLogFilter.class.getName());
  static final String ANONYMOUS = "anonymous";

  @Inject BusinessClock clock;

  @Context ResourceInfo resource;

  @Context HttpServletRequest http;

  @Inject AccessLog accessLog;

  @Inject
  @ConfigProperty(name = "alliancecare.access-log.trust-forwarded-for", defaultValue = "false")
  boolean trustForwardedFor;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null
        || response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
      return;
    }
    AccessLogged logged = method.getAnnotation(AccessLogged.class);
    Map<String, Set<String>> patients = PersonalData.in(response.getEntity());
    if (logged == null) {
      if (!patients.isEmpty()) {
        String name = method.getDeclaringClass().getName() + "." + method.getName();
        LOG.severe(() -> name + " answered personal data without @AccessLogged; refused");
        throw new UnloggedPersonalData(name);
      }
      return;
    }
    Map<String, Set<String>> read = new LinkedHashMap<>(patients);
    if (!logged.patientIdParam().isEmpty()) {
      String patientId = request.getUriInfo().getPathParameters().getFirst(logged.patientIdParam());
      if (patientId != null) {
        read.computeIfAbsent(patientId, id -> new LinkedHashSet<>());
      }
    }
    accessLog.add(rows(logged, read, request));
  }

  private List<AccessRecord> rows(
      AccessLogged logged, Map<String, Set<String>> patients, ContainerRequestContext request) {
    String actor =
        request.getProperty(RequestActor.ATTRIBUTE) instanceof String username
            ? username
            : ANONYMOUS;
    String address = clientAddress();
    List<AccessRecord> rows = new ArrayList<>();
    var at = clock.now();
    patients.forEach(
        (patientId, records) ->
            rows.add(
                new AccessRecord(
                    0,
                    at,
                    actor,
                    logged.action().name(),
                    logged.resource(),
                    records.size() == 1 ? records.iterator().next() : null,
                    patientId,
                    address)));
    return rows;
  }

  /**
   * The caller's address: the connection's peer, or, when the application runs behind a proxy that
   * is configured to be trusted ({@code alliancecare.access-log.trust-forwarded-for}), the address
   * that proxy appended last to {@code X-Forwarded-For} (earlier entries come from the client and
   * could be forged).
   */
  private String clientAddress() {
    if (trustForwardedFor) {
      String forwarded = http.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return http.getRemoteAddr();
  }
}
