package org.alliancecare.interop.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/**
 * Bulk import of child lists and past screenings (issue 17): a coordinator anywhere, a doctor
 * within the jurisdiction. Every row passes the same rules as the API (validation, scope, consent,
 * duplicate detection); importing the same file twice creates nothing the second time.
 */
public interface ImportsFacade {

  /** The file checked row by row, nothing stored; messages in {@code language}. */
  DryRunReport dryRun(ImportKind kind, ImportSource source, Locale language, Caller by);

  /** The file accepted for import in the background; the job answers QUEUED. */
  ImportJobView start(ImportKind kind, ImportSource source, Locale language, Caller by);

  /** One import as it stands; {@code RecordNotFound} for another's import unless a coordinator. */
  ImportJobView job(String id, Locale language, Caller by);

  /** The caller's imports (a coordinator's: everyone's), newest first. */
  Page<ImportJobView> jobs(PageRequest page, Locale language, Caller by);

  /** The import's errors as CSV ({@code row,column,message}, UTF-8 with BOM), for download. */
  void writeErrors(String id, Locale language, OutputStream out, Caller by) throws IOException;

  /** The empty template of a kind, headed in {@code language}, with one example row. */
  void writeTemplate(ImportKind kind, TemplateFormat format, Locale language, OutputStream out)
      throws IOException;
}
