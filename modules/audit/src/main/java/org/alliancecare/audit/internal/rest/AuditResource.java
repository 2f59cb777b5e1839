package org.alliancecare.audit.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.audit.api.AccessQuery;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.audit.api.Checkpoint;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.JournalQuery;
import org.alliancecare.audit.api.Verification;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The auditor's API (API.md, Audit): journal and access-log queries, verification, checkpoints. */
@Path("audit")
@RequestScoped
@RolesAllowed("AUDITOR")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditFacade audit;

  /** A journal entry as the API shows it, with its payload as a JSON object. */
  public record JournalEntryView(
      long seq,
      String streamType,
      String streamId,
      long streamVersion,
      String patientId,
      String eventType,
      JsonValue payload,
      String actor,
      Instant occurredAt,
      Instant recordedAt,
      String prevHash,
      String hash) {

    static JournalEntryView of(JournalEntry e) {
      return new JournalEntryView(
          e.seq(),
          e.streamType(),
          e.streamId(),
          e.streamVersion(),
          e.patientId(),
          e.eventType(),
          json(e.payload()),
          e.actor(),
          e.occurredAt(),
          e.recordedAt(),
          e.prevHash(),
          e.hash());
    }

    /** The stored payload; text that is no longer JSON (it was tampered with) as a string. */
    private static JsonValue json(String payload) {
      try (JsonReader reader = Json.createReader(new StringReader(payload))) {
        return reader.readValue();
      } catch (JsonParsingException e) {
        return Json.createValue(payload);
      }
    }
  }

  /** What to verify: one stream, one stream type or everything, optionally against a checkpoint. */
  public record VerifyRequest(String streamType, String streamId, Checkpoint checkpoint) {}

  @GET
  @Path("journal")
  @Operation(summary = "Journal entries, filtered, in journal order (keyset-paged on seq)")
  public Page<JournalEntryView> journal(
      @QueryParam("streamType") String streamType,
      @QueryParam("streamId") String streamId,
      @QueryParam("patientId") String patientId,
      @QueryParam("actor") String actor,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Filters filters = new Filters();
    String type = filters.text(streamType);
    String id = filters.text(streamId);
    if (id != null && type == null) {
      filters.errors.add(FieldError.of("streamId", "needs-streamtype-as-well"));
    }
    JournalQuery query =
        new JournalQuery(
            type,
            id,
            filters.text(patientId),
            filters.text(actor),
            filters.instant("from", from),
            filters.instant("to", to));
    PageRequest page = filters.page(limit, cursor);
    filters.range(query.from(), query.to());
    filters.check();
    Page<JournalEntry> entries = audit.journal(query, page);
    return new Page<>(
        entries.items().stream().map(JournalEntryView::of).toList(), entries.nextCursor());
  }

  @GET
  @Path("access")
  @Operation(summary = "Access-log rows, filtered, in log order (keyset-paged)")
  public Page<AccessRecord> access(
      @QueryParam("patientId") String patientId,
      @QueryParam("actor") String actor,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Filters filters = new Filters();
    AccessQuery query =
        new AccessQuery(
            filters.text(patientId),
            filters.text(actor),
            filters.instant("from", from),
            filters.instant("to", to));
    PageRequest page = filters.page(limit, cursor);
    filters.range(query.from(), query.to());
    filters.check();
    return audit.accessLog(query, page);
  }

  @POST
  @Path("verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Recompute the hash chains of one stream, one stream type or all, optionally against a"
              + " saved checkpoint")
  public Verification verify(VerifyRequest request) {
    VerifyRequest what = request == null ? new VerifyRequest(null, null, null) : request;
    Filters filters = new Filters();
    String type = filters.text(what.streamType());
    String id = filters.text(what.streamId());
    if (id != null && type == null) {
      filters.errors.add(FieldError.of("streamId", "needs-streamtype-as-well"));
    }
    filters.check();
    return audit.verify(type, id, what.checkpoint());
  }

  @GET
  @Path("checkpoints/latest")
  @Operation(
      summary =
          "A digest over every stream head as of now; keep it outside the system and post it back"
              + " to verify")
  public Checkpoint latestCheckpoint() {
    return audit.latestCheckpoint();
  }

  /** Query parameters read one by one, every bad one named at once. */
  private static final class Filters {
    final List<FieldError> errors = new ArrayList<>();

    String text(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }

    Instant instant(String name, String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return Instant.parse(value.strip());
      } catch (DateTimeParseException e) {
        errors.add(FieldError.of(name, "must-iso-8601-instant-in-utc-e"));
        return null;
      }
    }

    void range(Instant from, Instant to) {
      if (from != null && to != null && !to.isAfter(from)) {
        errors.add(FieldError.of("to", "must-after-from"));
      }
    }

    PageRequest page(String limit, String cursor) {
      Integer size = null;
      if (limit != null && !limit.isBlank()) {
        try {
          size = Integer.valueOf(limit.strip());
        } catch (NumberFormatException e) {
          errors.add(FieldError.of("limit", "whole-number-from-1-to", PageRequest.MAX_LIMIT));
          return null;
        }
      }
      try {
        return PageRequest.of(size, cursor);
      } catch (InvalidInput invalid) {
        errors.addAll(invalid.errors());
        return null;
      }
    }

    void check() {
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors);
      }
    }
  }
}
