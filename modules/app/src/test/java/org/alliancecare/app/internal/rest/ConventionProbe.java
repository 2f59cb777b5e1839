package org.alliancecare.app.internal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.web.Idempotent;
import org.alliancecare.kernel.web.Versions;

/**
 * A resource that exists only in the Arquillian deployment, to exercise the conventions that every
 * module's resources get from the application (validation, rules, versions, idempotency, errors).
 */
@Path("probe")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ConventionProbe {

  public record Sample(
      @NotBlank String name,
      @NotNull @Min(1) @Max(500) Integer capacity,
      Long holdMillis,
      Shift shift,
      List<Shift> shifts) {}

  /** A code list, to show how an unknown code is reported. */
  public enum Shift {
    DAY,
    NIGHT
  }

  public record Created(String id, String name) {}

  @POST
  @Idempotent(keyRequired = true)
  public Response create(@Valid @NotNull Sample sample) throws InterruptedException {
    if (sample.holdMillis() != null) {
      Thread.sleep(sample.holdMillis());
    }
    String id = UUID.randomUUID().toString();
    return Response.created(URI.create("/api/probe/" + id))
        .entity(new Created(id, sample.name()))
        .build();
  }

  @PUT
  @Path("versioned/{current}")
  public Response update(@PathParam("current") long current, @Context HttpHeaders headers) {
    StaleVersion.requireCurrent(Versions.ifMatch(headers), current);
    return Response.ok(new Created("v", "updated")).tag(Versions.etag(current + 1)).build();
  }

  @POST
  @Path("rule")
  public Response breakRule() {
    throw new ProbeRuleBroken();
  }

  @GET
  @Path("failure")
  public Response fail() {
    throw new IllegalStateException("internal detail that must not leak: SELECT secret FROM x");
  }

  static final class ProbeRuleBroken extends BusinessRuleViolation {
    ProbeRuleBroken() {
      super("probe-rule", "The probe's rule is broken on purpose.");
    }
  }
}
