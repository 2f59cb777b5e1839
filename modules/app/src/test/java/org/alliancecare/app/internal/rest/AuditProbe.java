package org.alliancecare.app.internal.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PersonalRecord;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.kernel.web.AccessLogged;

/**
 * A resource that exists only in the Arquillian deployment, standing in for the modules that do not
 * exist yet: it makes changes that raise domain events (committed, or rolled back after the events
 * were raised) and answers patients' personal records, with and without {@code AccessLogged}.
 */
@Path("audit-probe")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuditProbe {

  /** A change of one subject that raises {@code events} events. */
  public record Change(
      String streamType,
      String streamId,
      String patientId,
      int events,
      boolean failAfterEvents,
      Long holdMillis) {}

  /** The event the probe raises. */
  public record ProbeChangeMade(
      String streamType, String streamId, String patient, String actor, Instant occurredAt, int n)
      implements DomainEvent {
    @Override
    public Optional<String> patientId() {
      return Optional.ofNullable(patient);
    }
  }

  /** A patient's personal record. */
  public record ProbePatient(String id, String name) implements PersonalRecord {
    @Override
    public String patientId() {
      return id;
    }
  }

  /** An item of a patient's timeline as the probe shows it. */
  public record TimelineItem(long seq, String streamType, String eventType) {}

  @Inject Changes changes;
  @Inject AuditFacade audit;

  @POST
  @Path("changes")
  public Response change(Change change) throws InterruptedException {
    changes.make(change);
    return Response.noContent().build();
  }

  @GET
  @Path("patients/{id}")
  @AccessLogged(resource = "Patient")
  public ProbePatient patient(@PathParam("id") String id) {
    return new ProbePatient(id, "Aynur Tursun");
  }

  @GET
  @Path("patients")
  @AccessLogged(resource = "Patient")
  public Page<ProbePatient> patients(@QueryParam("ids") String ids) {
    return new Page<>(
        Arrays.stream(ids.split(",")).map(id -> new ProbePatient(id, "Patient " + id)).toList(),
        null);
  }

  @GET
  @Path("patients/{id}/national-id")
  @AccessLogged(resource = "NationalId", action = AccessLogged.Action.UNMASK)
  public ProbePatient unmask(@PathParam("id") String id) {
    return new ProbePatient(id, "652922201501010011");
  }

  @GET
  @Path("patients/{id}/timeline")
  @AccessLogged(resource = "PatientTimeline", patientIdParam = "id")
  public List<TimelineItem> timeline(@PathParam("id") String id) {
    return audit.timeline(id).stream()
        .map(e -> new TimelineItem(e.seq(), e.streamType(), e.eventType()))
        .toList();
  }

  /** Forgets the annotation, and returns {@code Response} so that no build-time check sees it. */
  @GET
  @Path("unlogged/{id}")
  public Response unlogged(@PathParam("id") String id) {
    return Response.ok(new ProbePatient(id, "Must Not Leak")).build();
  }

  /** The facade method of a module: the transaction boundary that raises the events. */
  @ApplicationScoped
  public static class Changes {

    @Inject Event<ProbeChangeMade> events;

    @Transactional
    public void make(Change change) throws InterruptedException {
      for (int n = 0; n < change.events(); n++) {
        events.fire(
            new ProbeChangeMade(
                change.streamType(),
                change.streamId(),
                change.patientId(),
                "probe.user",
                Instant.now(),
                n));
      }
      if (change.holdMillis() != null) {
        Thread.sleep(change.holdMillis());
      }
      if (change.failAfterEvents()) {
        throw new ProbeRolledBack();
      }
    }
  }

  static final class ProbeRolledBack extends BusinessRuleViolation {
    ProbeRolledBack() {
      super("probe-rolled-back", "The probe's change failed after its events were raised.");
    }
  }
}
