package org.alliancecare.app.internal.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.JournalQuery;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.reporting.api.RecordedEvent;

/**
 * The whole audit journal in its order, read a page at a time as a rebuild consumes it, inside the
 * rebuild's transaction.
 */
@ApplicationScoped
public class JournalEvents {

  @Inject AuditFacade audit;

  /** Every journal entry, by seq. */
  public Iterable<RecordedEvent> all() {
    return () -> new Pages();
  }

  /** Walks the journal's pages. */
  private final class Pages implements Iterator<RecordedEvent> {

    private Iterator<JournalEntry> page = java.util.Collections.emptyIterator();
    private String cursor;
    private boolean read;

    @Override
    public boolean hasNext() {
      while (!page.hasNext() && (!read || cursor != null)) {
        Page<JournalEntry> next =
            audit.journal(JournalQuery.all(), PageRequest.of(PageRequest.MAX_LIMIT, cursor));
        read = true;
        cursor = next.nextCursor();
        page = next.items().iterator();
      }
      return page.hasNext();
    }

    @Override
    public RecordedEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      JournalEntry entry = page.next();
      return new RecordedEvent(entry.seq(), entry.streamType(), entry.eventType(), entry.payload());
    }
  }
}
