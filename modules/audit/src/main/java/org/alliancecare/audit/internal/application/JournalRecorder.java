package org.alliancecare.audit.internal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.alliancecare.audit.internal.domain.HashChain;
import org.alliancecare.audit.internal.persistence.JdbcJournal;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * Writes every domain event to the journal, synchronously and in the transaction that raised it:
 * the connection comes from the JTA data source and is enlisted in that transaction, so the entry
 * commits with the change or not at all. An event raised outside a transaction is refused, since
 * its entry could not share the change's fate. An event that opens its stream ({@link
 * DomainEvent#opensStream}, a subject just created) is appended without reading the stream's head.
 */
@ApplicationScoped
public class JournalRecorder {

  @Inject BusinessClock clock;

  @Inject DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  void record(@Observes DomainEvent event) {
    if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      throw new IllegalStateException(
          "domain event "
              + event.eventType()
              + " was raised outside a transaction; raise events in the facade method that"
              + " makes the change");
    }
    String payload = EventPayload.of(event);
    try (Connection connection = dataSource.getConnection()) {
      HashChain.Head head =
          event.opensStream()
              ? null
              : JdbcJournal.head(connection, event.streamType(), event.streamId());
      JdbcJournal.appendAfter(
          connection,
          head,
          event.streamType(),
          event.streamId(),
          event.patientId().orElse(null),
          event.eventType(),
          payload,
          event.actor(),
          event.occurredAt(),
          clock.now());
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not journal " + event.eventType() + " of " + event.streamType(), e);
    }
  }
}
