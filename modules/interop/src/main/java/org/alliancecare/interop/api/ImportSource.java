package org.alliancecare.interop.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An uploaded file, already written to disk by whoever received it (never held in memory): its name
 * as the user chose it, its declared media type and charset (for CSV: UTF-8 when absent; also
 * GB18030), and where it lies.
 *
 * @param fileName the name the user gave the file (shown on the import's page), or null
 * @param contentType the media type as declared, e.g. {@code text/csv; charset=GB18030}
 * @param file the file's contents on disk
 */
public record ImportSource(String fileName, String contentType, Path file) {
  public ImportSource {
    Objects.requireNonNull(file, "file");
  }
}
