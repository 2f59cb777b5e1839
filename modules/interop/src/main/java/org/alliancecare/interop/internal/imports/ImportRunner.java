package org.alliancecare.interop.internal.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alliancecare.interop.api.ImportSource;
import org.alliancecare.interop.api.ImportStatus;
import org.alliancecare.interop.internal.imports.RowImporter.FileRows;
import org.alliancecare.interop.internal.platform.JobTenure;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs imports in the background on the server's managed executor, one at a time (the others wait
 * QUEUED), row by row, with a short pause after every batch so that other users' requests keep
 * their pace. A job that a stop interrupted (QUEUED or RUNNING) is run again at the next start
 * ({@link ImportResumption}) and skips the rows whose outcome it finds stored. In a cluster the
 * node that runs a job holds it ({@link JobTenure}): a node that starts while another runs the job
 * leaves it alone, and a job whose node died is free at once for the next node that starts. The
 * spool ({@code alliancecare.imports.spool}) is then a folder every node shares, so that the node
 * that resumes a job finds its file.
 */
@ApplicationScoped
class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  /** Rows between two pauses. */
  static final int BATCH = 200;

  private final ReentrantLock oneAtATime = new ReentrantLock();

  @Resource ManagedExecutorService executor;
  @Inject ImportStore store;
  @Inject RowImporter rows;
  @Inject Clock clock;
  @Inject JobTenure tenure;

  @Inject
  @ConfigProperty(name = "alliancecare.imports.pause-ms", defaultValue = "20")
  long pauseMillis;

  void submit(String jobId) {
    executor().submit(() -> run(jobId));
  }

  /**
   * The server's default managed executor; looked up by name when Payara left the field unset (it
   * does for a bean first made inside an EJB's start-up, as at {@link ImportResumption}).
   */
  private ManagedExecutorService executor() {
    if (executor == null) {
      try {
        executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
      } catch (javax.naming.NamingException e) {
        throw new IllegalStateException("no managed executor for imports", e);
      }
    }
    return executor;
  }

  void run(String jobId) {
    oneAtATime.lock();
    try {
      Optional<JobTenure.Held> held = tenure.hold("import", jobId);
      if (held.isEmpty()) {
        LOG.info(() -> "import " + jobId + " runs on another node");
        return;
      }
      try (JobTenure.Held holding = held.get()) {
        ImportJob job = store.job(jobId).orElse(null);
        if (job == null || job.finished()) {
          return;
        }
        runLocked(job);
      }
    } finally {
      oneAtATime.unlock();
    }
  }

  private void runLocked(ImportJob job) {
    ImportSource source = new ImportSource(job.fileName(), job.contentType(), job.spoolFile());
    if (!Files.isRegularFile(job.spoolFile())) {
      rows.run(
          () -> {
            store.fileError(
                job.id(), RowErrors.of(1, null, FieldError.of("file", "import-file-gone")));
            store.finish(job.id(), ImportStatus.FAILED, clock.instant());
          },
          false);
      return;
    }
    try {
      long total = count(job, source);
      rows.run(() -> store.running(job.id(), total), false);
      Set<Long> handled = store.handledRows(job.id());
      long sinceLastPause = 0;
      try (SheetRows sheet = SheetRows.open(job.kind(), source)) {
        FileRows named =
            new FileRows(job.kind(), job.fileHash(), job.startedBy(), job.id(), sheet::headerOf);
        while (sheet.hasNext()) {
          SheetRow row = sheet.next();
          if (handled.contains(row.number())) {
            continue;
          }
          rows.importRow(named, row);
          if (++sinceLastPause >= BATCH) {
            sinceLastPause = 0;
            Thread.sleep(pauseMillis);
          }
        }
      }
      rows.run(() -> store.finish(job.id(), ImportStatus.DONE, clock.instant()), false);
      delete(job);
    } catch (InterruptedException e) {
      // the server is stopping: the job stays RUNNING and resumes at the next start
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      LOG.log(
          Level.WARNING, "import {0} failed: {1}", new Object[] {job.id(), e.getClass().getName()});
      rows.run(
          () -> {
            store.fileError(
                job.id(),
                RowErrors.of(
                    1,
                    null,
                    FieldError.of("file", "row-not-imported", e.getClass().getSimpleName())));
            store.finish(job.id(), ImportStatus.FAILED, clock.instant());
          },
          false);
      delete(job);
    }
  }

  private static long count(ImportJob job, ImportSource source) throws IOException {
    long total = 0;
    try (SheetRows sheet = SheetRows.open(job.kind(), source)) {
      while (sheet.hasNext()) {
        sheet.next();
        total++;
      }
    }
    return total;
  }

  private static void delete(ImportJob job) {
    try {
      Files.deleteIfExists(job.spoolFile());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "import {0}: spool file not deleted", job.id());
    }
  }
}
