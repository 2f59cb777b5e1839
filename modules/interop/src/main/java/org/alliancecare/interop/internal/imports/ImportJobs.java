package org.alliancecare.interop.internal.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.interop.api.DryRunReport;
import org.alliancecare.interop.api.ImportJobView;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.ImportSource;
import org.alliancecare.interop.api.ImportStatus;
import org.alliancecare.interop.api.ImportsFacade;
import org.alliancecare.interop.api.RowError;
import org.alliancecare.interop.api.TemplateFormat;
import org.alliancecare.interop.internal.imports.RowImporter.FileRows;
import org.alliancecare.interop.internal.imports.RowOutcome.Kind;
import org.alliancecare.interop.internal.imports.RowOutcome.StoredError;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The imports facade. {@link #start} takes the uploaded file over (it moves it into the import
 * spool, where it stays until the job ends); after {@link #dryRun} the file is still the caller's.
 */
@ApplicationScoped
public class ImportJobs implements ImportsFacade {

  /** The largest file a dry run reads row by row while the caller waits. */
  static final int DRY_RUN_ROWS = 10_000;

  /** The errors shown with a job; {@link #writeErrors} has them all. */
  static final int ERRORS_SHOWN = 1_000;

  private static final String IMPORT = "import";

  @Inject ImportStore store;
  @Inject RowImporter rows;
  @Inject ImportRunner runner;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "alliancecare.imports.spool")
  java.util.Optional<String> spoolDirectory;

  @Override
  public DryRunReport dryRun(ImportKind kind, ImportSource source, Locale language, Caller by) {
    requireImporter(by);
    String hash = sha256(source.file());
    long total = 0;
    try (SheetRows sheet = SheetRows.open(kind, source)) {
      while (sheet.hasNext()) {
        sheet.next();
        if (++total > DRY_RUN_ROWS) {
          throw InvalidInput.of("dryRun", "dry-run-at-most-rows", DRY_RUN_ROWS);
        }
      }
    } catch (IOException e) {
      throw InvalidInput.of("file", "import-file-unreadable");
    }
    long accepted = 0;
    long rejected = 0;
    List<RowError> errors = new ArrayList<>();
    try (SheetRows sheet = SheetRows.open(kind, source)) {
      FileRows file = new FileRows(kind, hash, by, null, sheet::headerOf);
      while (sheet.hasNext()) {
        RowOutcome outcome = rows.tryRow(file, sheet.next());
        if (outcome.kind() == Kind.CREATED) {
          accepted++;
        } else {
          rejected++;
        }
        outcome.errors().forEach(e -> errors.add(view(e, language)));
      }
    } catch (IOException e) {
      throw InvalidInput.of("file", "import-file-unreadable");
    }
    return new DryRunReport(total, accepted, rejected, errors);
  }

  @Override
  public ImportJobView start(ImportKind kind, ImportSource source, Locale language, Caller by) {
    requireImporter(by);
    try (SheetRows sheet = SheetRows.open(kind, source)) {
      // the header is read (and a bad one refused) while the caller waits
    } catch (IOException e) {
      throw InvalidInput.of("file", "import-file-unreadable");
    }
    String id = UUID.randomUUID().toString();
    String hash = sha256(source.file());
    Path spooled = spool().resolve(id);
    try {
      Files.move(source.file(), spooled, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("the import spool cannot take the file", e);
    }
    ImportJob job =
        new ImportJob(
            id,
            kind,
            ImportStatus.QUEUED,
            source.fileName(),
            source.contentType() == null ? "text/csv" : source.contentType(),
            spooled,
            hash,
            by,
            0,
            0,
            0,
            0,
            0,
            clock.instant(),
            null);
    rows.run(() -> store.insert(job), false);
    runner.submit(id);
    return view(job, language);
  }

  @Override
  public ImportJobView job(String id, Locale language, Caller by) {
    return view(visible(id, by), language);
  }

  @Override
  public Page<ImportJobView> jobs(PageRequest page, Locale language, Caller by) {
    requireImporter(by);
    Instant afterAt = null;
    String afterId = null;
    if (page.after() != null) {
      int bar = page.after().indexOf('|');
      try {
        afterAt = Instant.parse(page.after().substring(0, Math.max(bar, 0)));
        afterId = page.after().substring(bar + 1);
      } catch (RuntimeException e) {
        throw InvalidInput.of("cursor", "cursor-not-handed-out");
      }
    }
    String owner = by.hasRole(Role.COORDINATOR) ? null : by.username();
    List<ImportJob> found = store.jobs(owner, afterAt, afterId, page.fetchSize());
    Page<ImportJob> jobs = page.toPage(found, job -> job.queuedAt() + "|" + job.id());
    return new Page<>(jobs.items().stream().map(job -> summary(job)).toList(), jobs.nextCursor());
  }

  @Override
  public void writeErrors(String id, Locale language, OutputStream out, Caller by)
      throws IOException {
    ImportJob job = visible(id, by);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    printer.printRecord("row", "column", "message");
    IOException[] failed = {null};
    store.errors(
        job.id(),
        0,
        error -> {
          try {
            printer.printRecord(
                error.row(), error.column() == null ? "" : error.column(), error.in(language));
          } catch (IOException e) {
            failed[0] = e;
            throw new UncheckedIOException(e);
          }
        });
    printer.flush();
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  @Override
  public void writeTemplate(
      ImportKind kind, TemplateFormat format, Locale language, OutputStream out)
      throws IOException {
    ImportTemplates.write(kind, format, language, out);
  }

  private ImportJob visible(String id, Caller by) {
    requireImporter(by);
    ImportJob job = store.job(id).orElseThrow(() -> new RecordNotFound(IMPORT));
    if (!by.hasRole(Role.COORDINATOR) && !job.startedBy().username().equals(by.username())) {
      throw new RecordNotFound(IMPORT);
    }
    return job;
  }

  private ImportJobView view(ImportJob job, Locale language) {
    List<RowError> errors = new ArrayList<>();
    store.errors(job.id(), ERRORS_SHOWN, error -> errors.add(view(error, language)));
    return view(job, errors);
  }

  private static ImportJobView summary(ImportJob job) {
    return view(job, List.of());
  }

  private static ImportJobView view(ImportJob job, List<RowError> errors) {
    return new ImportJobView(
        job.id(),
        job.kind(),
        job.status(),
        job.fileName(),
        job.total(),
        job.processed(),
        job.created(),
        job.duplicates(),
        job.rejected(),
        errors,
        job.queuedAt(),
        job.finishedAt(),
        job.startedBy().username());
  }

  private static RowError view(StoredError error, Locale language) {
    return new RowError(error.row(), error.column(), error.in(language));
  }

  private static void requireImporter(Caller by) {
    if (!by.hasAnyRole(Role.COORDINATOR, Role.DOCTOR)) {
      throw new ImportNotAllowed();
    }
  }

  private Path spool() {
    Path directory =
        Path.of(
            spoolDirectory.orElse(
                Path.of(System.getProperty("java.io.tmpdir"), "alliancecare-imports").toString()));
    try {
      return Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("the import spool cannot be made", e);
    }
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
