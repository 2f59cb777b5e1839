package org.alliancecare.web.internal;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.interop.api.DryRunReport;
import org.alliancecare.interop.api.ImportJobView;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.ImportSource;
import org.alliancecare.interop.api.ImportStatus;
import org.alliancecare.interop.api.ImportsFacade;
import org.alliancecare.interop.api.RowError;
import org.alliancecare.kernel.PageRequest;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Importing a school's list of children or a campaign's past screenings from a spreadsheet (issue
 * 17): the kind and its template, the file uploaded to a temporary file (never held in memory), a
 * dry run that names every bad row and column, then the import in the background with its progress,
 * its counts and its errors, and the caller's recent imports. Every rule is the imports facade's;
 * the page only shows what it answers.
 *
 * <p>The uploaded file belongs to the page until an import starts from it: a dry run leaves it for
 * the import that usually follows; once started, the import keeps it and deletes it when it ends. A
 * file never imported is deleted when the page's view ends.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The errors a page shows at once; all of them are in the CSV download. */
  static final int ERRORS_SHOWN = 200;

  /** The recent imports listed. */
  static final int RECENT_IMPORTS = 20;

  /** The largest file the page takes, as the Faces servlet's multipart limit (web.xml) says. */
  public static final long LARGEST_FILE = 64L * 1024 * 1024;

  @Inject ImportsFacade imports;
  @Inject CurrentCaller caller;
  @Inject Feedback feedback;
  @Inject Texts texts;

  /** The encodings a CSV file may be written in (the imports read UTF-8 unless told GB18030). */
  static final List<String> CHARSETS = List.of("UTF-8", "GB18030");

  private ImportKind kind = ImportKind.PATIENTS;
  private String charset = CHARSETS.get(0);
  private String jobId;

  /** The temporary file, as a name (a {@code Path} is not serializable, the view is). */
  private String upload;

  private String fileName;
  private String contentType;

  private DryRunReport report;
  private ImportJobView job;
  private List<ImportJobView> recent = List.of();

  /** The view action: the import named by the address (after it was started), and the list. */
  public void load() {
    if (jobId != null && !jobId.isBlank()) {
      job = feedback.attempt(() -> imports.job(jobId, language(), caller.get())).orElse(null);
      if (job != null) {
        kind = job.kind();
      }
    }
    loadRecent();
  }

  private void loadRecent() {
    recent =
        feedback
            .attempt(
                () ->
                    imports
                        .jobs(PageRequest.first(RECENT_IMPORTS), language(), caller.get())
                        .items())
            .orElse(List.of());
  }

  /**
   * The chosen file, copied from the upload to a temporary file of its own (the request's part is
   * deleted when the request ends); a file chosen before and never imported is deleted.
   */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    discardUpload();
    report = null;
    try {
      Path copy = Files.createTempFile("alliancecare-import-", suffix(file.getFileName()));
      try (InputStream in = file.getInputStream()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(copy);
        throw e;
      }
      upload = copy.toString();
      fileName = file.getFileName();
      contentType = file.getContentType();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        file.delete();
      } catch (IOException ignored) {
        // the container deletes the request's parts itself when the request ends
      }
    }
  }

  /** The extension of the uploaded file's name, so that the temporary file says its format. */
  static String suffix(String name) {
    if (name == null) {
      return ".upload";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx")) {
      return ".xlsx";
    }
    if (lower.endsWith(".csv")) {
      return ".csv";
    }
    return ".upload";
  }

  /** The dry run: what importing the file would do, nothing stored. */
  public void check() {
    if (!hasFile()) {
      return;
    }
    report =
        feedback
            .attempt(() -> imports.dryRun(kind, source(), language(), caller.get()))
            .orElse(null);
  }

  /**
   * Starts the import; the address then names it ({@code ?job=…}), so that its progress survives a
   * reload and can be bookmarked. The file is the import's from now on.
   */
  public String start() {
    if (!hasFile()) {
      return null;
    }
    ImportJobView started =
        feedback
            .attempt(() -> imports.start(kind, source(), language(), caller.get()))
            .orElse(null);
    if (started == null) {
      return null;
    }
    upload = null;
    fileName = null;
    contentType = null;
    texts.info("import.started");
    return Navigation.to("/app/care/import.xhtml", "job", started.id());
  }

  /** The poll's listener: the import as it stands now, and the list once it has ended. */
  public void refresh() {
    if (job == null) {
      return;
    }
    String id = job.id();
    job = feedback.attempt(() -> imports.job(id, language(), caller.get())).orElse(job);
    if (isJobEnded()) {
      loadRecent();
    }
  }

  private boolean hasFile() {
    if (upload == null || !Files.exists(Path.of(upload))) {
      upload = null;
      texts.fieldError("file", texts.text("import.noFile"));
      return false;
    }
    return true;
  }

  private ImportSource source() {
    return new ImportSource(fileName, mediaType(fileName, contentType, charset), Path.of(upload));
  }

  /**
   * The file's media type as the imports read it: by its name's extension, since browsers declare a
   * CSV file variously ({@code application/vnd.ms-excel} on Windows) and never its encoding; a CSV
   * file with the encoding the user chose. What the browser declared only for another name.
   */
  static String mediaType(String fileName, String declared, String charset) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return "text/csv; charset=" + (CHARSETS.contains(charset) ? charset : CHARSETS.get(0));
    }
    if (lower.endsWith(".xlsx")) {
      return ImportFiles.XLSX;
    }
    return declared;
  }

  private Locale language() {
    return texts.locale();
  }

  /** A file chosen and never imported is deleted with the view. */
  @PreDestroy
  void discardUpload() {
    if (upload != null) {
      try {
        Files.deleteIfExists(Path.of(upload));
      } catch (IOException ignored) {
        // a temporary file: the system's cleaning of its temporary folder takes it
      }
      upload = null;
    }
  }

  /** Whether the import shown has ended (done or failed): the poll stops. */
  public boolean isJobEnded() {
    return job == null || ImportProgress.ended(job.status());
  }

  /** Whether the import shown is still waiting or running: the poll runs. */
  public boolean isJobRunning() {
    return job != null && !ImportProgress.ended(job.status());
  }

  /** How far the import shown has got, 0 to 100. */
  public int getPercent() {
    return job == null ? 0 : ImportProgress.percent(job);
  }

  /** The errors of the dry run or of the import shown, at most {@link #ERRORS_SHOWN}. */
  public List<RowError> shown(List<RowError> errors) {
    return errors.size() <= ERRORS_SHOWN ? errors : errors.subList(0, ERRORS_SHOWN);
  }

  /** How many errors are not on the page (only in the CSV), 0 when all are. */
  public int notShown(List<RowError> errors) {
    return Math.max(0, errors.size() - ERRORS_SHOWN);
  }

  /** The sentence under a cut table of errors: how many more the CSV has. */
  public String moreErrors(List<RowError> errors) {
    return texts.text("import.moreErrors", notShown(errors));
  }

  public List<ImportKind> getKinds() {
    return List.of(ImportKind.values());
  }

  public ImportKind getKind() {
    return kind;
  }

  public void setKind(ImportKind kind) {
    if (kind != null && kind != this.kind) {
      this.kind = kind;
      report = null;
    }
  }

  /** The kind in the templates' addresses: {@code patients} or {@code screenings}. */
  public String getKindPath() {
    return ImportFiles.pathOf(kind);
  }

  public List<String> getCharsets() {
    return CHARSETS;
  }

  public String getCharset() {
    return charset;
  }

  public void setCharset(String charset) {
    if (charset != null && CHARSETS.contains(charset)) {
      this.charset = charset;
    }
  }

  public String getJobId() {
    return jobId;
  }

  public void setJobId(String jobId) {
    this.jobId = jobId;
  }

  public String getFileName() {
    return fileName;
  }

  public boolean isFileChosen() {
    return upload != null;
  }

  public DryRunReport getReport() {
    return report;
  }

  public ImportJobView getJob() {
    return job;
  }

  public List<ImportJobView> getRecent() {
    return recent;
  }

  public long getLargestFile() {
    return LARGEST_FILE;
  }

  /** Whether an import's status is one where the poll stops. */
  public boolean ended(ImportStatus status) {
    return ImportProgress.ended(status);
  }
}
