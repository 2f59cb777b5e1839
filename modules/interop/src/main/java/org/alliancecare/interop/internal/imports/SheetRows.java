package org.alliancecare.interop.internal.imports;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.ImportSource;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The data rows of an uploaded file, read one at a time from disk (never the whole file in memory):
 * CSV through commons-csv, in UTF-8 (with or without a byte order mark) unless the content type
 * declares another charset such as GB18030; XLSX (its first sheet) through fastexcel's streaming
 * reader. The header row names the columns in English, Chinese or Uyghur ({@link ImportColumns}); a
 * header that names no column of the kind, or one named twice, refuses the file. Blank rows are
 * skipped.
 */
final class SheetRows implements Iterator<SheetRow>, Closeable {

  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)\"?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_FORMAT = Pattern.compile("[dmyDMY]");
  private static final Pattern TIME_FORMAT = Pattern.compile("[hsHS]");

  private final Closeable resource;
  private final Iterator<List<String>> raw;
  private final Iterator<Long> numbers;
  private final Map<Integer, String> columns;
  private final Map<String, String> headers = new HashMap<>();
  private SheetRow next;

  private SheetRows(
      Closeable resource, Iterator<List<String>> raw, Iterator<Long> numbers, ImportKind kind) {
    this.resource = resource;
    this.raw = raw;
    this.numbers = numbers;
    if (!raw.hasNext()) {
      throw InvalidInput.of("file", "import-file-empty");
    }
    numbers.next();
    List<String> header = raw.next();
    this.columns = columns(kind, header);
    columns.forEach(
        (index, column) -> headers.put(column, header.get(index).strip().replace("\uFEFF", "")));
  }

  /** The column's header as the file names it (its API name when the file lacks it). */
  String headerOf(String column) {
    return column == null ? null : headers.getOrDefault(column, column);
  }

  /** Opens the file; {@link InvalidInput} (field {@code file}) when it cannot be read. */
  static SheetRows open(ImportKind kind, ImportSource source) {
    try {
      if (isSpreadsheet(source)) {
        return xlsx(kind, source.file());
      }
      return csv(kind, source.file(), charsetOf(source.contentType()));
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInput invalid) {
        throw invalid;
      }
      throw InvalidInput.of("file", "import-file-unreadable");
    }
  }

  /** Whether the file is an XLSX workbook (a ZIP), whatever the declared type says. */
  static boolean isSpreadsheet(ImportSource source) throws IOException {
    try (InputStream in = Files.newInputStream(source.file())) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && ReadableWorkbook.isOOXMLZipHeader(head);
    }
  }

  static Charset charsetOf(String contentType) {
    if (contentType == null) {
      return StandardCharsets.UTF_8;
    }
    Matcher declared = CHARSET.matcher(contentType);
    if (!declared.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(declared.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw InvalidInput.of("charset", "not-one-of", "UTF-8, GB18030");
    }
  }

  private static SheetRows csv(ImportKind kind, Path file, Charset charset) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    if (charset.equals(StandardCharsets.UTF_8)) {
      in.mark(3);
      byte[] bom = in.readNBytes(3);
      if (!(bom.length == 3
          && bom[0] == (byte) 0xEF
          && bom[1] == (byte) 0xBB
          && bom[2] == (byte) 0xBF)) {
        in.reset();
      }
    }
    Reader reader = new InputStreamReader(in, charset.newDecoder());
    CSVParser parser =
        CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get().parse(reader);
    Iterator<CSVRecord> records = parser.iterator();
    long[] last = {0};
    Iterator<List<String>> raw =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return records.hasNext();
          }

          @Override
          public List<String> next() {
            CSVRecord record = records.next();
            last[0] = record.getRecordNumber();
            return record.toList();
          }
        };
    Iterator<Long> numbers = Stream.generate(() -> last[0]).iterator();
    try {
      return new SheetRows(parser, raw, numbers, kind);
    } catch (RuntimeException e) {
      parser.close();
      throw e;
    }
  }

  private static SheetRows xlsx(ImportKind kind, Path file) throws IOException {
    ReadableWorkbook workbook =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    try {
      Stream<Row> stream = workbook.getFirstSheet().openStream();
      Iterator<Row> rows = stream.iterator();
      long[] last = {0};
      Iterator<List<String>> raw =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return rows.hasNext();
            }

            @Override
            public List<String> next() {
              Row row = rows.next();
              last[0] = row.getRowNum();
              List<String> cells = new ArrayList<>();
              for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(text(row.getCell(i)));
              }
              return cells;
            }
          };
      Iterator<Long> numbers = Stream.generate(() -> last[0]).iterator();
      Closeable both =
          () -> {
            try {
              stream.close();
            } finally {
              workbook.close();
            }
          };
      return new SheetRows(both, raw, numbers, kind);
    } catch (RuntimeException e) {
      workbook.close();
      throw e;
    }
  }

  /**
   * A cell as text: numbers without trailing zeros or exponent, dates (a number formatted as a
   * date) as {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:MM}.
   */
  static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    if (cell.getType() == CellType.NUMBER) {
      String format = cell.getDataFormatString();
      // a date format names days, months or years outside colours ([Red]) and quoted text
      String letters = format == null ? "" : format.replaceAll("\\[[^\\]]*\\]|\"[^\"]*\"", "");
      if (DATE_FORMAT.matcher(letters).find()) {
        LocalDateTime at = cell.asDate();
        if (at.toLocalTime().equals(LocalTime.MIDNIGHT) && !TIME_FORMAT.matcher(letters).find()) {
          return at.toLocalDate().toString();
        }
        return at.withNano(0).toString();
      }
      BigDecimal number = cell.asNumber();
      return number.stripTrailingZeros().toPlainString();
    }
    if (cell.getType() == CellType.BOOLEAN) {
      return String.valueOf(cell.asBoolean());
    }
    return cell.getText();
  }

  /** A header that looks like a column's name (letters, digits, a few signs), at most this long. */
  private static final java.util.regex.Pattern PLAIN_HEADER =
      java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N} _.()（）/-]{1,40}");

  /**
   * How a refusal names a header: as written when it reads like a column's name, else by its
   * spreadsheet letter ("column C"), so that whatever a file carries in its first row (markup, SQL,
   * a whole paragraph) is never echoed back.
   */
  static String headerNamed(String header, int index) {
    return PLAIN_HEADER.matcher(header).matches() ? header : "column " + columnLetters(index);
  }

  /** A zero-based column index as a spreadsheet's letters: 0 → A, 25 → Z, 26 → AA. */
  static String columnLetters(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  private static Map<Integer, String> columns(ImportKind kind, List<String> headers) {
    Map<Integer, String> columns = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i) == null ? "" : headers.get(i).strip();
      if (header.isEmpty() || header.equals("\uFEFF")) {
        continue;
      }
      String name = header.startsWith("\uFEFF") ? header.substring(1) : header;
      var column = ImportColumns.column(kind, name);
      if (column.isEmpty()) {
        errors.add(
            FieldError.of(
                headerNamed(name, i),
                "not-a-column-of-import",
                kind.name().toLowerCase(Locale.ROOT)));
      } else if (seen.putIfAbsent(column.get(), i) != null) {
        errors.add(FieldError.of(headerNamed(name, i), "column-named-twice", column.get()));
      } else {
        columns.put(i, column.get());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    if (columns.isEmpty()) {
      throw InvalidInput.of("file", "import-file-empty");
    }
    return columns;
  }

  @Override
  public boolean hasNext() {
    while (next == null && raw.hasNext()) {
      List<String> cells;
      try {
        cells = raw.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw InvalidInput.of("file", "import-file-unreadable");
      }
      long number = numbers.next();
      Map<String, String> row = new HashMap<>();
      columns.forEach(
          (index, column) -> {
            String value = index < cells.size() ? cells.get(index) : null;
            if (value != null && !value.isBlank()) {
              row.put(column, value.strip());
            }
          });
      if (!row.isEmpty()) {
        next = new SheetRow(number, row);
      }
    }
    return next != null;
  }

  @Override
  public SheetRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SheetRow row = next;
    next = null;
    return row;
  }

  @Override
  public void close() throws IOException {
    resource.close();
  }
}
