package org.alliancecare.interop.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.ImportSource;
import org.alliancecare.interop.api.TemplateFormat;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.ProblemTexts;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.screening.api.ScreeningMethod;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading import files: encodings, XLSX, headers in three languages, each bad cell named. */
class SheetRowsTest {

  private static final String ENGLISH_HEADER =
      "name,nameUg,sex,birthDate,placeCode,guardianName,guardianRelationship,consentGivenOn,"
          + "externalId\n";
  private static final String ROW =
      "阿依古丽,ئايگۈل,FEMALE,2019-06-10,652922,买买提,father,2026-05-04,S-1\n";

  @TempDir Path directory;

  @Test
  void utf8_csv_without_and_with_a_byte_order_mark_reads_the_same() throws IOException {
    List<SheetRow> plain = read(ImportKind.PATIENTS, csv(ENGLISH_HEADER + ROW), "text/csv");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = (ENGLISH_HEADER + ROW).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(body, 0, withBom, 3, body.length);
    List<SheetRow> marked = read(ImportKind.PATIENTS, file(withBom), "text/csv; charset=UTF-8");
    assertThat(plain).hasSize(1);
    assertThat(marked).isEqualTo(plain);
    assertThat(plain.get(0).number()).isEqualTo(2);
    assertThat(plain.get(0).cell("name")).isEqualTo("阿依古丽");
    assertThat(plain.get(0).cell("nameUg")).isEqualTo("ئايگۈل");
  }

  @Test
  void gb18030_is_read_when_declared_and_refused_as_utf8_when_not() throws IOException {
    Charset gb = Charset.forName("GB18030");
    String chinese = "姓名,性别,出生日期,地区代码\n王小明,男,2018/3/5,652922\n";
    Path file = file(chinese.getBytes(gb));
    List<SheetRow> rows = read(ImportKind.PATIENTS, file, "text/csv; charset=GB18030");
    assertThat(rows.get(0).cell("name")).isEqualTo("王小明");
    PatientRow patient = PatientRow.of(rows.get(0));
    assertThat(patient.errors()).isEmpty();
    assertThat(patient.registration().sex()).isEqualTo(Sex.MALE);
    assertThat(patient.registration().birthDate()).isEqualTo(LocalDate.of(2018, 3, 5));

    assertThatThrownBy(() -> read(ImportKind.PATIENTS, file, "text/csv"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("file"));
  }

  @Test
  void headers_may_be_the_chinese_or_uyghur_labels_of_the_template() throws IOException {
    for (Locale language : ProblemTexts.LANGUAGES) {
      String header =
          String.join(
                  ",",
                  ImportColumns.PATIENTS.stream()
                      .map(c -> ImportColumns.label(c, language))
                      .toList())
              + "\n";
      String row =
          "阿依古丽,ئايگۈل,女,2019-06-10,,652922,ئانىسى,mother,13899912345,2026-05-04,"
              + "SCREENING;DATA_SHARING,S-9,否\n";
      List<SheetRow> rows = read(ImportKind.PATIENTS, csv(header + row), "text/csv");
      PatientRow patient = PatientRow.of(rows.get(0));
      assertThat(patient.errors()).as(language.toString()).isEmpty();
      assertThat(patient.registration().sex()).isEqualTo(Sex.FEMALE);
      assertThat(patient.registration().guardians().get(0).nameUg()).isEqualTo("ئانىسى");
      assertThat(patient.registration().guardians().get(0).name()).isNull();
      assertThat(patient.consent().scopes())
          .containsExactlyInAnyOrder(ConsentScope.SCREENING, ConsentScope.DATA_SHARING);
      assertThat(patient.externalId()).isEqualTo("S-9");
      assertThat(patient.registration().duplicatesAcknowledged()).isFalse();
    }
  }

  @Test
  void an_unknown_or_repeated_header_refuses_the_file_naming_it() {
    assertThatThrownBy(
            () -> read(ImportKind.PATIENTS, csv("name,shoeSize,姓名\nA,40,B\n"), "text/csv"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("shoeSize", "姓名"));
  }

  @Test
  void a_header_that_is_no_name_is_named_by_its_column_letter_not_echoed() {
    assertThatThrownBy(
            () ->
                read(
                    ImportKind.PATIENTS,
                    csv("name,\"x' AND 1=(SELECT COUNT(*) FROM pg_tables) AND 'a'='a\"\nA,1\n"),
                    "text/csv"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("column B"));
    assertThat(SheetRows.columnLetters(0)).isEqualTo("A");
    assertThat(SheetRows.columnLetters(25)).isEqualTo("Z");
    assertThat(SheetRows.columnLetters(26)).isEqualTo("AA");
    assertThat(SheetRows.columnLetters(27)).isEqualTo("AB");
  }

  @Test
  void each_bad_cell_is_named_by_its_column() throws IOException {
    List<SheetRow> rows =
        read(
            ImportKind.PATIENTS,
            csv(
                ENGLISH_HEADER.replace("\n", ",acknowledgeDuplicate\n")
                    + "A,,boy,10/06/2019,652922,,,2026-13-01,,perhaps\n"),
            "text/csv");
    PatientRow patient = PatientRow.of(rows.get(0));
    assertThat(patient.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("sex", "birthDate", "consentGivenOn", "acknowledgeDuplicate");
    assertThat(patient.errors().get(0).messageIn(ProblemTexts.CHINESE)).doesNotContain("is not");
  }

  @Test
  void blank_rows_are_skipped_and_rows_keep_their_spreadsheet_numbers() throws IOException {
    List<SheetRow> rows =
        read(ImportKind.PATIENTS, csv(ENGLISH_HEADER + ROW + ",,,,\n" + ROW), "text/csv");
    assertThat(rows).extracting(SheetRow::number).containsExactly(2L, 4L);
  }

  @Test
  void xlsx_reads_text_numbers_and_date_cells() throws IOException {
    Path file = directory.resolve("list.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("children");
      String[] header = {"姓名", "جىنسى", "birthDate", "placeCode", "guardianPhone"};
      for (int c = 0; c < header.length; c++) {
        sheet.value(0, c, header[c]);
      }
      sheet.value(1, 0, "李娜");
      sheet.value(1, 1, "F");
      sheet.value(1, 2, LocalDate.of(2020, 2, 29));
      sheet.style(1, 2).format("yyyy-mm-dd").set();
      sheet.value(1, 3, 652922);
      sheet.value(1, 4, 13899912345L);
      workbook.finish();
    }
    List<SheetRow> rows = read(ImportKind.PATIENTS, file, ImportsTestFiles.XLSX);
    assertThat(rows).hasSize(1);
    SheetRow row = rows.get(0);
    assertThat(row.cell("name")).isEqualTo("李娜");
    assertThat(row.cell("birthDate")).isEqualTo("2020-02-29");
    assertThat(row.cell("placeCode")).isEqualTo("652922");
    assertThat(row.cell("guardianPhone")).isEqualTo("13899912345");
    assertThat(PatientRow.of(row).errors()).isEmpty();
  }

  @Test
  void templates_read_back_as_one_good_row_in_every_language_and_format() throws IOException {
    for (ImportKind kind : ImportKind.values()) {
      for (TemplateFormat format : TemplateFormat.values()) {
        for (Locale language : ProblemTexts.LANGUAGES) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ImportTemplates.write(kind, format, language, out);
          Path file = file(out.toByteArray());
          List<SheetRow> rows = read(kind, file, "text/csv");
          assertThat(rows).as(kind + " " + format + " " + language).hasSize(1);
          List<FieldError> errors =
              kind == ImportKind.PATIENTS
                  ? PatientRow.of(rows.get(0)).errors()
                  : ScreeningRow.of(rows.get(0)).errors();
          assertThat(errors).isEmpty();
        }
      }
    }
  }

  @Test
  void screening_rows_flatten_the_measurements_of_their_method() throws IOException {
    String header =
        "externalId,kind,method,performedAt,rightEar500,rightEar1000,rightEar2000,rightEar4000,"
            + "leftEar500,leftEar1000,leftEar2000,leftEar4000\n";
    List<SheetRow> rows =
        read(
            ImportKind.SCREENINGS,
            csv(header + "S-1,HEARING,PURE_TONE,2025-09-15 10:30,45,45,45,45,15,15,15,x\n"),
            "text/csv");
    ScreeningRow row = ScreeningRow.of(rows.get(0));
    assertThat(row.errors()).extracting(FieldError::field).containsExactly("leftEar4000");
    assertThat(row.screening().method()).isEqualTo(ScreeningMethod.PURE_TONE);
    assertThat(row.screening().measurements().getJsonObject("rightEar").getInt("2000"))
        .isEqualTo(45);
    assertThat(row.screening().performedAt()).hasToString("2025-09-15T02:30:00Z");
    assertThat(row.columnOf("measurements.leftEar.4000")).isEqualTo("leftEar4000");
    assertThat(row.columnOf("patientId")).isEqualTo("externalId");
    assertThat(row.columnOf("consent.givenOn")).isEqualTo("consentGivenOn");
  }

  @Test
  void a_screening_row_needs_its_child() throws IOException {
    List<SheetRow> rows =
        read(
            ImportKind.SCREENINGS,
            csv("kind,method,performedAt,outcome\nVISION,INSTRUMENT,yesterday,PASS\n"),
            "text/csv");
    assertThat(ScreeningRow.of(rows.get(0)).errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("patientId", "performedAt");
    assertThat(ScreeningRow.of(rows.get(0)).columnOf("measurements.rightEye.uncorrected.notation"))
        .isEqualTo("acuityNotation");
  }

  private Path csv(String text) throws IOException {
    return file(text.getBytes(StandardCharsets.UTF_8));
  }

  private Path file(byte[] bytes) throws IOException {
    Path file = Files.createTempFile(directory, "import", ".bin");
    Files.write(file, bytes);
    return file;
  }

  private static List<SheetRow> read(ImportKind kind, Path file, String type) throws IOException {
    List<SheetRow> rows = new ArrayList<>();
    try (SheetRows sheet = SheetRows.open(kind, new ImportSource("f", type, file))) {
      sheet.forEachRemaining(rows::add);
    }
    return rows;
  }

  /** Media types of the tests. */
  static final class ImportsTestFiles {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportsTestFiles() {}
  }
}
