package org.alliancecare.interop.internal.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.TemplateFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The empty templates: the kind's columns headed in the reader's language and one example row (a
 * made-up child of Wensu County), as CSV (UTF-8 with a byte order mark, which spreadsheet programs
 * need to read Chinese and Uyghur) or XLSX with every cell as text.
 */
final class ImportTemplates {

  static final Map<String, String> PATIENT_EXAMPLE =
      Map.ofEntries(
          Map.entry("name", "阿依古丽·买买提"),
          Map.entry("nameUg", "ئايگۈل مەمەت"),
          Map.entry("sex", "FEMALE"),
          Map.entry("birthDate", "2019-06-10"),
          Map.entry("placeCode", "652922"),
          Map.entry("guardianName", "买买提·吐尔逊"),
          Map.entry("guardianRelationship", "father"),
          Map.entry("guardianPhone", "13899912345"),
          Map.entry("consentGivenOn", "2026-05-04"),
          Map.entry("consentScopes", "SCREENING"),
          Map.entry("externalId", "WS-SCH1-0001"),
          Map.entry("acknowledgeDuplicate", "false"));

  static final Map<String, String> SCREENING_EXAMPLE =
      Map.ofEntries(
          Map.entry("externalId", "WS-SCH1-0001"),
          Map.entry("kind", "VISION"),
          Map.entry("method", "OPTOTYPE"),
          Map.entry("performedAt", "2025-09-15 10:30"),
          Map.entry("acuityNotation", "FIVE_POINT"),
          Map.entry("rightEyeUncorrected", "4.9"),
          Map.entry("leftEyeUncorrected", "4.7"),
          Map.entry("notes", "paper record, school campaign 2025"));

  private ImportTemplates() {}

  static void write(ImportKind kind, TemplateFormat format, Locale language, OutputStream out)
      throws IOException {
    List<String> columns = ImportColumns.of(kind);
    List<String> header = columns.stream().map(c -> ImportColumns.label(c, language)).toList();
    Map<String, String> example = kind == ImportKind.PATIENTS ? PATIENT_EXAMPLE : SCREENING_EXAMPLE;
    List<String> row = columns.stream().map(c -> example.getOrDefault(c, "")).toList();
    if (format == TemplateFormat.CSV) {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
      printer.printRecord(header);
      printer.printRecord(row);
      printer.flush();
      return;
    }
    Workbook workbook = new Workbook(out, "AllianceCare", "1.0");
    Worksheet sheet =
        workbook.newWorksheet(kind == ImportKind.PATIENTS ? "patients" : "screenings");
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, header.get(c));
      sheet.style(0, c).bold().set();
      if (!row.get(c).isEmpty()) {
        sheet.value(1, c, row.get(c));
      }
      sheet.width(c, Math.max(12, header.get(c).length() + 4));
    }
    workbook.finish();
  }
}
