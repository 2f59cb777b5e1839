package org.alliancecare.interop.internal.export;

import ca.uhn.fhir.context.FhirContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.interop.internal.platform.JobTenure;
import org.alliancecare.kernel.RecordNotFound;

/**
 * The Bulk Data export's jobs: started by a kick-off request, run in the background on the
 * application server's managed executor (one task per job, writing its files type by type as the
 * {@link ExportedType}s stream them), polled, downloaded and cancelled by the account that started
 * them only (anyone else is answered as if the job did not exist), and forgotten with their files
 * once their time is over ({@link ExportHousekeeping}).
 *
 * <p>A job that was running when its node stopped is not resumed: the first poll after that, on any
 * node, or the housekeeping timer finds it without a task anywhere in the cluster (the node that
 * runs a job holds it, {@link JobTenure}, and PostgreSQL lets go of it when that node's connection
 * ends), marks it FAILED (the status URL then answers with an OperationOutcome asking to start
 * again) and deletes its partial files. Re-running it would export as a caller whose roles and
 * scope may have changed meanwhile. A job cancelled through another node stops at its next progress
 * record. The files are written to {@code alliancecare.export.dir}: in a cluster, a folder every
 * node shares, so that any node can hand them out.
 */
@ApplicationScoped
public class BulkExports {

  private static final Logger LOG = Logger.getLogger(BulkExports.class.getName());
  static final String INTERRUPTED =
      "the export was interrupted by a restart of the server; start it again";
  static final String FAILED = "the export failed on the server; start it again";
  private static final long PROGRESS_MILLIS = 1000;

  /** The sort of job, as {@link JobTenure} names it. */
  static final String EXPORT = "export";

  /**
   * How long a job accepted by another node may wait for its task to start before it counts as
   * interrupted (this node knows its own queue; another's it can only give time).
   */
  static final Duration QUEUED_GRACE = Duration.ofMinutes(2);

  private static final Pattern JOB_FOLDER =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Inject @Any Instance<ExportedType> exportedTypes;
  @Inject ExportJobStore jobs;
  @Inject ExportSettings settings;
  @Inject ExportGroups groups;
  @Inject AuditFacade audit;
  @Inject Clock clock;
  @Inject JobTenure tenure;

  @Resource ManagedExecutorService executor;

  private final FhirContext fhir = FhirContext.forR4Cached();

  /** The jobs this process runs, with their cancellation flags. */
  private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();

  /**
   * Every exported type by name, with whether it lies in the patient compartment: Patient first,
   * the others by name.
   */
  public Map<String, Boolean> types() {
    Map<String, Boolean> types = new LinkedHashMap<>();
    byName().forEach((name, type) -> types.put(name, type.patientCompartment()));
    return types;
  }

  private Map<String, ExportedType> byName() {
    Map<String, ExportedType> types = new LinkedHashMap<>();
    exportedTypes.stream()
        .sorted(
            Comparator.comparing((ExportedType t) -> !"Patient".equals(t.resourceType()))
                .thenComparing(ExportedType::resourceType))
        .forEach(t -> types.putIfAbsent(t.resourceType(), t));
    return types;
  }

  /**
   * Queues the export and answers its job at once. A group that does not exist answers {@link
   * RecordNotFound}; its members are listed by the job, within the caller's scope.
   */
  public ExportJob start(ExportRequest request, Caller by, String clientAddress) {
    if (request.level() == ExportLevel.GROUP && groups.find(request.groupId()).isEmpty()) {
      throw new RecordNotFound("group");
    }
    Instant now = clock.instant();
    ExportJob job =
        new ExportJob(
            UUID.randomUUID().toString(),
            by.username(),
            request,
            clientAddress,
            ExportStatus.ACCEPTED,
            now,
            now,
            null,
            now.plus(settings.retention()).plus(settings.retention()),
            0,
            null,
            null,
            List.of());
    AtomicBoolean cancelled = new AtomicBoolean();
    running.put(job.id(), cancelled);
    try {
      jobs.add(job);
      executor.submit(() -> run(job, by, cancelled));
    } catch (RuntimeException e) {
      running.remove(job.id());
      jobs.delete(job.id());
      throw e;
    }
    return job;
  }

  /** The job, if {@code by} started it; an interrupted one is marked failed first. */
  public Optional<ExportJob> job(String id, Caller by) {
    Optional<ExportJob> job = jobs.find(id).filter(j -> j.ownedBy(by.username()));
    if (job.isPresent() && job.get().status().inProgress() && interrupted(job.get())) {
      failInterrupted(job.get());
      return jobs.find(id);
    }
    return job;
  }

  /**
   * Cancels a running job or forgets a finished one, with its files: afterwards the status URL
   * answers 404. Answers whether there was such a job of {@code by}.
   */
  public boolean cancel(String id, Caller by) {
    Optional<ExportJob> job = jobs.find(id).filter(j -> j.ownedBy(by.username()));
    if (job.isEmpty()) {
      return false;
    }
    AtomicBoolean flag = running.get(id);
    if (flag != null) {
      flag.set(true);
    }
    jobs.delete(id);
    if (flag == null) {
      deleteFolder(id);
    }
    return true;
  }

  /** A file of a finished job of {@code by}, by the name the manifest gives. */
  public Optional<Path> file(String id, String fileName, Caller by) {
    return job(id, by)
        .filter(j -> j.status() == ExportStatus.DONE)
        .flatMap(j -> j.files().stream().filter(f -> f.fileName().equals(fileName)).findFirst())
        .map(f -> folder(id).resolve(f.fileName()))
        .filter(Files::isRegularFile);
  }

  /**
   * Deletes the jobs whose time is over and their files, fails the jobs that no task runs any more
   * (interrupted by a restart), and removes folders that no job owns (a crash between a job's
   * folder and its row). Run by {@link ExportHousekeeping}.
   */
  public void keepHouse() {
    Instant now = clock.instant();
    for (ExportJob job : jobs.expired(now)) {
      AtomicBoolean flag = running.get(job.id());
      if (flag != null) {
        flag.set(true);
      }
      jobs.delete(job.id());
      deleteFolder(job.id());
    }
    for (ExportJob job : jobs.unfinished()) {
      if (interrupted(job)) {
        failInterrupted(job);
      }
    }
    Path root = settings.folder();
    if (Files.isDirectory(root)) {
      try (Stream<Path> folders = Files.list(root)) {
        folders
            .map(f -> f.getFileName().toString())
            .filter(name -> JOB_FOLDER.matcher(name).matches())
            .filter(name -> !running.containsKey(name) && jobs.find(name).isEmpty())
            .forEach(this::deleteFolder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the export folder", e);
      }
    }
  }

  /**
   * Whether no task runs the job any more: none on this node, none holding it on any node, and it
   * is not a job another node accepted a moment ago whose task has yet to start.
   */
  private boolean interrupted(ExportJob job) {
    if (running.containsKey(job.id())) {
      return false;
    }
    if (job.status() == ExportStatus.ACCEPTED
        && job.createdAt().isAfter(clock.instant().minus(QUEUED_GRACE))) {
      return false;
    }
    return !tenure.heldAnywhere(EXPORT, job.id());
  }

  private void failInterrupted(ExportJob job) {
    Instant now = clock.instant();
    jobs.failed(job.id(), INTERRUPTED, now, now.plus(settings.retention()));
    deleteFolder(job.id());
  }

  private void run(ExportJob job, Caller by, AtomicBoolean cancelled) {
    Optional<JobTenure.Held> held = tenure.hold(EXPORT, job.id());
    if (held.isEmpty()) {
      running.remove(job.id()); // another run holds it
      return;
    }
    try (JobTenure.Held holding = held.get()) {
      runHeld(job, by, cancelled);
    }
  }

  private void runHeld(ExportJob job, Caller by, AtomicBoolean cancelled) {
    String id = job.id();
    ExportRequest request = job.request();
    try {
      jobs.running(id);
      Map<String, ExportedType> byName = byName();
      List<ExportedType> types = request.types().stream().map(byName::get).toList();
      Set<String> patients =
          request.level() == ExportLevel.GROUP
              ? groups.members(request.groupId(), by, cancelled::get)
              : null;
      List<ExportFile> files;
      try (NdjsonFiles ndjson = new NdjsonFiles(folder(id), settings.resourcesPerFile())) {
        files =
            new ExportRun(fhir)
                .run(
                    types,
                    by,
                    request.since(),
                    patients,
                    ndjson,
                    new ExportAccessLog(audit, clock, job.requester(), job.clientAddress()),
                    new StoredProgress(id, cancelled));
      }
      long exported = files.stream().mapToLong(ExportFile::resources).sum();
      Instant now = clock.instant();
      if (!jobs.done(id, files, exported, now, now.plus(settings.retention()))) {
        deleteFolder(id);
      }
    } catch (ExportRun.Cancelled e) {
      deleteFolder(id);
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "export job " + id + " failed: " + e.getClass().getName());
      Instant now = clock.instant();
      try {
        jobs.failed(id, FAILED, now, now.plus(settings.retention()));
      } finally {
        deleteFolder(id);
      }
      if (e instanceof Error error) {
        throw error;
      }
    } finally {
      running.remove(id);
    }
  }

  private Path folder(String id) {
    return settings.folder().resolve(id);
  }

  private void deleteFolder(String id) {
    Path folder = folder(id);
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warning("cannot delete the files of export job " + id + ": " + e.getMessage());
    }
  }

  /** Keeps the job's row up to date at most once a second, and reads the cancellation flag. */
  private final class StoredProgress implements ExportRun.Progress {
    private final String id;
    private final AtomicBoolean cancelled;
    private String type;
    private long lastStored;

    StoredProgress(String id, AtomicBoolean cancelled) {
      this.id = id;
      this.cancelled = cancelled;
    }

    @Override
    public void typeStarted(String resourceType, long exportedSoFar) {
      type = resourceType;
      store(exportedSoFar);
    }

    @Override
    public void exported(long exportedSoFar) {
      if (System.currentTimeMillis() - lastStored >= PROGRESS_MILLIS) {
        store(exportedSoFar);
      }
    }

    @Override
    public boolean cancelled() {
      return cancelled.get();
    }

    private void store(long exported) {
      if (!jobs.progress(id, type, exported)) {
        cancelled.set(true); // the job is gone: cancelled through another node
      }
      lastStored = System.currentTimeMillis();
    }
  }
}
