package org.alliancecare.interop.internal.imports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Once the schemas are migrated, hands the imports that a stop interrupted (QUEUED or RUNNING) back
 * to the runner, oldest first; each skips the rows it had finished.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportResumption {

  private static final Logger LOG = Logger.getLogger(ImportResumption.class.getName());

  @Inject ImportStore store;
  @Inject ImportRunner runner;

  @PostConstruct
  void resume() {
    List<String> unfinished = store.unfinished();
    if (!unfinished.isEmpty()) {
      LOG.info(() -> "resuming " + unfinished.size() + " interrupted import(s)");
    }
    unfinished.forEach(runner::submit);
  }
}
