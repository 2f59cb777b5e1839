package org.alliancecare.rehabilitation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.web.AccessLogged;
import org.alliancecare.kernel.web.Idempotent;
import org.alliancecare.kernel.web.Versions;
import org.alliancecare.rehabilitation.api.CaseMilestoneView;
import org.alliancecare.rehabilitation.api.CaseQuery;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.MilestoneAchievement;
import org.alliancecare.rehabilitation.api.MilestoneSkip;
import org.alliancecare.rehabilitation.api.NewCase;
import org.alliancecare.rehabilitation.api.NewMilestone;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;
import org.alliancecare.rehabilitation.api.StageChange;

/**
 * Children's cases: enrolment, lists, one case with its milestones and histories, stage changes and
 * milestones. Every answer carries a child's case and is access-logged; changes take {@code
 * If-Match} with the case's version (a milestone's change too, since it changes the case).
 */
@Path("cases")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  private static final String CASE = "RehabilitationCase";

  @Inject RehabilitationFacade rehabilitation;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @RolesAllowed({Role.Names.COORDINATOR, Role.Names.DOCTOR})
  @Idempotent
  @AccessLogged(resource = CASE)
  public Response enrol(@Valid @NotNull NewCase enrolment) {
    CaseView enrolled = rehabilitation.enrol(enrolment, caller.get());
    return Response.created(uri.getBaseUriBuilder().path("cases").path(enrolled.id()).build())
        .tag(Versions.etag(enrolled.version()))
        .entity(enrolled)
        .build();
  }

  @GET
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = CASE)
  public Page<CaseView> cases(
      @QueryParam("programCode") String programCode,
      @QueryParam("phase") String phase,
      @QueryParam("placeCode") String placeCode,
      @QueryParam("stage") String stage,
      @QueryParam("overdue") String overdue,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return rehabilitation.cases(
        new CaseQuery(
            Parameters.text(programCode),
            Parameters.number(phase, "phase"),
            Parameters.text(placeCode),
            Parameters.constant(stage, org.alliancecare.rehabilitation.api.Stage.class, "stage"),
            Parameters.flag(overdue, "overdue")),
        PageRequest.of(limit, cursor),
        caller.get());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = CASE)
  public Response caseFile(@PathParam("id") String id) {
    CaseView caseFile = rehabilitation.caseFile(id, caller.get());
    return Response.ok(caseFile).tag(Versions.etag(caseFile.version())).build();
  }

  @POST
  @Path("{id}/stage")
  @RolesAllowed({Role.Names.COORDINATOR, Role.Names.DOCTOR})
  @AccessLogged(resource = CASE)
  public Response changeStage(@PathParam("id") String id, @Valid @NotNull StageChange change) {
    long expected = Versions.ifMatch(headers);
    CaseView caseFile = rehabilitation.changeStage(id, expected, change, caller.get());
    return Response.ok(caseFile).tag(Versions.etag(caseFile.version())).build();
  }

  @POST
  @Path("{id}/milestones")
  @RolesAllowed({Role.Names.COORDINATOR, Role.Names.DOCTOR})
  @AccessLogged(resource = CASE)
  public Response addMilestone(@PathParam("id") String id, @Valid @NotNull NewMilestone milestone) {
    String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
    Long expected = header == null || header.isBlank() ? null : Versions.ifMatch(headers);
    CaseMilestoneView added = rehabilitation.addMilestone(id, expected, milestone, caller.get());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("cases")
                .path(added.caseId())
                .path("milestones")
                .path(added.id())
                .build())
        .tag(Versions.etag(added.caseVersion()))
        .entity(added)
        .build();
  }

  @GET
  @Path("{id}/milestones/{milestoneId}")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  @AccessLogged(resource = CASE)
  public Response milestone(
      @PathParam("id") String id, @PathParam("milestoneId") String milestoneId) {
    return answer(rehabilitation.milestone(id, milestoneId, caller.get()));
  }

  @POST
  @Path("{id}/milestones/{milestoneId}/achieve")
  @RolesAllowed({Role.Names.COORDINATOR, Role.Names.DOCTOR})
  @AccessLogged(resource = CASE)
  public Response achieve(
      @PathParam("id") String id,
      @PathParam("milestoneId") String milestoneId,
      @Valid @NotNull MilestoneAchievement achievement) {
    long expected = Versions.ifMatch(headers);
    return answer(
        rehabilitation.achieveMilestone(id, milestoneId, expected, achievement, caller.get()));
  }

  @POST
  @Path("{id}/milestones/{milestoneId}/skip")
  @RolesAllowed({Role.Names.COORDINATOR, Role.Names.DOCTOR})
  @AccessLogged(resource = CASE)
  public Response skip(
      @PathParam("id") String id,
      @PathParam("milestoneId") String milestoneId,
      @Valid @NotNull MilestoneSkip skip) {
    long expected = Versions.ifMatch(headers);
    return answer(rehabilitation.skipMilestone(id, milestoneId, expected, skip, caller.get()));
  }

  private static Response answer(CaseMilestoneView milestone) {
    return Response.ok(milestone).tag(Versions.etag(milestone.caseVersion())).build();
  }
}
