package org.alliancecare.reporting.internal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.reporting.internal.persistence.ReadModels;

/**
 * Keeps the read models up to date: every event they follow is applied synchronously, in the
 * transaction that raised it, so that a change and its place in the reports commit together or not
 * at all. The first such event of a transaction takes the read models' shared lock, so that it
 * waits for a rebuild that is running and a rebuild waits for it.
 */
@ApplicationScoped
public class LiveProjection {

  private static final Object LOCK_HELD = LiveProjection.class.getName() + ".lock";

  @Inject ReadModels readModels;

  @Resource TransactionSynchronizationRegistry transactions;

  void project(@Observes DomainEvent event) {
    if (!Projection.follows(event)) {
      return;
    }
    if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      throw new IllegalStateException(
          event.eventType()
              + " was raised outside a transaction; the reports follow it only in the transaction"
              + " of its change");
    }
    if (transactions.getResource(LOCK_HELD) == null) {
      readModels.holdAgainstRebuild();
      transactions.putResource(LOCK_HELD, Boolean.TRUE);
    }
    Projection.apply(readModels, event);
  }
}
