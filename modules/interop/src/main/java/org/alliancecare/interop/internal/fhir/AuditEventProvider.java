package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancecare.audit.api.AccessQuery;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.JournalQuery;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.interop.internal.export.ExportedType;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;

/**
 * The journal and the access log as AuditEvents ({@link AuditEvents}), for auditors only (as the
 * audit API): read by id ({@code j<seq>} or {@code a<id>}); searched by patient, entity (a record:
 * its journal stream; a Patient: the journal and the reads of that patient) and date (recorded);
 * the journal's entries first, then the access log's rows. Others are refused (403) and export
 * none.
 */
@ApplicationScoped
public class AuditEventProvider implements IResourceProvider, ExportedType {

  private static final int BATCH = 500;

  @Inject ClinicalAccess access;
  @Inject AuditFacade audit;

  @Override
  public Class<AuditEvent> getResourceType() {
    return AuditEvent.class;
  }

  @Read
  public AuditEvent read(@IdParam IdType id) {
    access.caller(Role.AUDITOR);
    String text = id.getIdPart();
    Optional<Long> number = number(text.substring(Math.min(1, text.length())));
    if (number.isEmpty()) {
      throw new ResourceNotFoundException(id);
    }
    // A page of one after the key just below: the key of both lists is the row's number.
    PageRequest justThat = new PageRequest(1, Long.toString(number.get() - 1));
    if (text.startsWith(AuditEvents.JOURNAL_PREFIX)) {
      return audit.journal(JournalQuery.all(), justThat).items().stream()
          .filter(e -> e.seq() == number.get())
          .findFirst()
          .map(AuditEvents::ofJournal)
          .orElseThrow(() -> new ResourceNotFoundException(id));
    }
    if (text.startsWith(AuditEvents.ACCESS_PREFIX)) {
      return audit.accessLog(new AccessQuery(null, null, null, null), justThat).items().stream()
          .filter(a -> a.id() == number.get())
          .findFirst()
          .map(AuditEvents::ofAccess)
          .orElseThrow(() -> new ResourceNotFoundException(id));
    }
    throw new ResourceNotFoundException(id);
  }

  @Search
  public Bundle search(
      @OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = AuditEvent.SP_ENTITY) ReferenceParam entity,
      @OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    access.caller(Role.AUDITOR);
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    Instant from = SearchBundles.since(date);
    Instant to = SearchBundles.before(date);
    String patientId = ClinicalSearch.patientId(null, patient);
    String streamType = null;
    String streamId = null;
    if (entity != null) {
      if ("Patient".equals(entity.getResourceType())) {
        patientId = entity.getIdPart();
      } else {
        String[] stream =
            AuditEvents.streamOf(entity.getResourceType(), entity.getIdPart())
                .orElseThrow(
                    () -> new InvalidRequestException("No audit trail is kept of that entity"));
        streamType = stream[0];
        streamId = stream[1];
      }
    }
    // One list of two sources: the journal's entries (keys j<seq>), then the access log's rows
    // (keys a<id>); the cursor's key says which source the next page continues.
    String after = page.after();
    List<AuditEvent> found = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    if (after == null || after.startsWith(AuditEvents.JOURNAL_PREFIX)) {
      String key = after == null ? null : after.substring(1);
      for (JournalEntry entry :
          audit
              .journal(
                  new JournalQuery(streamType, streamId, patientId, null, from, to),
                  new PageRequest(page.limit(), key))
              .items()) {
        found.add(AuditEvents.ofJournal(entry));
        keys.add(AuditEvents.JOURNAL_PREFIX + entry.seq());
      }
      after = null;
    } else {
      after = after.substring(1);
    }
    if (found.size() < page.fetchSize() && streamType == null) {
      for (AccessRecord row :
          audit
              .accessLog(
                  new AccessQuery(patientId, null, from, to),
                  new PageRequest(
                      Math.min(page.fetchSize() - found.size(), PageRequest.MAX_LIMIT), after))
              .items()) {
        found.add(AuditEvents.ofAccess(row));
        keys.add(AuditEvents.ACCESS_PREFIX + row.id());
      }
    }
    List<Integer> order = java.util.stream.IntStream.range(0, found.size()).boxed().toList();
    Page<Integer> shown = page.toPage(order, keys::get);
    return SearchBundles.searchset(
        request, shown.items().stream().map(found::get).toList(), shown.nextCursor());
  }

  @Override
  public String resourceType() {
    return "AuditEvent";
  }

  @Override
  public boolean patientCompartment() {
    return false;
  }

  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    if (!by.hasRole(Role.AUDITOR)) {
      return;
    }
    PageRequest page = PageRequest.first(BATCH);
    while (true) {
      Page<JournalEntry> batch =
          audit.journal(new JournalQuery(null, null, null, null, since, null), page);
      batch.items().forEach(e -> sink.accept(AuditEvents.ofJournal(e)));
      if (batch.nextCursor() == null) {
        break;
      }
      page = PageRequest.of(BATCH, batch.nextCursor());
    }
    page = PageRequest.first(BATCH);
    while (true) {
      Page<AccessRecord> batch = audit.accessLog(new AccessQuery(null, null, since, null), page);
      batch.items().forEach(a -> sink.accept(AuditEvents.ofAccess(a)));
      if (batch.nextCursor() == null) {
        return;
      }
      page = PageRequest.of(BATCH, batch.nextCursor());
    }
  }

  private static Optional<Long> number(String text) {
    try {
      return Optional.of(Long.parseLong(text)).filter(n -> n > 0);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
