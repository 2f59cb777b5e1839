package org.alliancecare.app.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.alliancecare.app.internal.timeline.PatientTimeline;
import org.alliancecare.app.internal.timeline.TimelineDocument;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.web.AccessLogged;

/**
 * {@code GET /api/patients/{id}/timeline} (API.md, Patients): everything that happened to the
 * patient across the modules, from the audit journal. It lives in the application because it reads
 * the patients' module (the patient and the caller's scope) and the audit module's journal, which
 * no business module may both use.
 */
@Path("patients/{id}/timeline")
@RequestScoped
public class TimelineResource {

  @Inject PatientTimeline timeline;
  @Inject CurrentCaller caller;

  /**
   * The whole timeline, oldest first; with {@code limit} (at most 500) or {@code cursor}, one page
   * of it. Every answer is written to the access log, one row per registration it holds entries of.
   * The answer is written as JSON by the timeline itself ({@link TimelineDocumentWriter}).
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = "PatientTimeline", patientIdParam = "id")
  public TimelineDocument timeline(
      @PathParam("id") String id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return timeline.document(id, limit, cursor, caller.get());
  }
}
