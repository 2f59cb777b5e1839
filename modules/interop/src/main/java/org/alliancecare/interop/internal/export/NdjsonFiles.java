package org.alliancecare.interop.internal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The NDJSON files of one export job, in the job's own folder: one file per type, a new one each
 * time a file reaches {@code resourcesPerFile} lines, so that a client can fetch a large type in
 * parts. Lines go straight to disk through a buffer; nothing of the export is kept in memory but
 * the line being written. Files that end up empty are removed and not listed (the IG: no output
 * entry for a type without resources).
 */
public final class NdjsonFiles implements AutoCloseable {

  private final Path folder;
  private final int resourcesPerFile;
  private final List<ExportFile> written = new ArrayList<>();

  private String type;
  private int partOfType;
  private Path current;
  private CountingStream bytes;
  private Writer writer;
  private long lines;

  public NdjsonFiles(Path folder, int resourcesPerFile) {
    if (resourcesPerFile < 1) {
      throw new IllegalArgumentException("resourcesPerFile must be at least 1");
    }
    this.folder = folder;
    this.resourcesPerFile = resourcesPerFile;
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the export folder", e);
    }
  }

  /** Starts the files of a type; the previous type's last file is closed. */
  public void startType(String resourceType) {
    closeFile();
    this.type = resourceType;
    this.partOfType = 0;
  }

  /** Writes one resource's JSON (one line, without line breaks) to the type's current file. */
  public void write(String json) {
    if (type == null) {
      throw new IllegalStateException("startType first");
    }
    try {
      if (writer == null || lines >= resourcesPerFile) {
        closeFile();
        openFile();
      }
      writer.write(json);
      writer.write('\n');
      lines++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export file", e);
    }
  }

  /** The files written so far (the current one once closed), in order. */
  public List<ExportFile> files() {
    return List.copyOf(written);
  }

  @Override
  public void close() {
    closeFile();
  }

  private void openFile() throws IOException {
    partOfType++;
    current = folder.resolve(type + "-" + partOfType + ".ndjson");
    bytes = new CountingStream(Files.newOutputStream(current));
    writer = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
    lines = 0;
  }

  private void closeFile() {
    if (writer == null) {
      return;
    }
    try {
      writer.close();
      if (lines == 0) {
        Files.deleteIfExists(current);
      } else {
        written.add(
            new ExportFile(
                written.size() + 1, type, current.getFileName().toString(), lines, bytes.count));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the export file", e);
    } finally {
      writer = null;
      current = null;
    }
  }

  /** Counts the bytes that reach the file, for the manifest's sizes and the MB/s of the bench. */
  private static final class CountingStream extends OutputStream {
    private final OutputStream out;
    private long count;

    CountingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
