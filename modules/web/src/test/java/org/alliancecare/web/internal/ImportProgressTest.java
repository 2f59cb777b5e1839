package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.alliancecare.interop.api.ImportJobView;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.ImportStatus;
import org.junit.jupiter.api.Test;

/** The import page's progress bar, its poll's end, and the media type it hands to the imports. */
class ImportProgressTest {

  private static ImportJobView job(ImportStatus status, long total, long processed) {
    return new ImportJobView(
        "j1",
        ImportKind.PATIENTS,
        status,
        "school.csv",
        total,
        processed,
        0,
        0,
        0,
        List.of(),
        Instant.parse("2026-05-04T03:00:00Z"),
        null,
        "coordinator");
  }

  @Test
  void nothing_while_the_file_is_being_counted() {
    assertThat(ImportProgress.percent(job(ImportStatus.QUEUED, 0, 0))).isZero();
    assertThat(ImportProgress.percent(job(ImportStatus.RUNNING, 0, 0))).isZero();
  }

  @Test
  void the_rows_handled_of_the_rows_counted_and_never_100_before_it_is_done() {
    assertThat(ImportProgress.percent(job(ImportStatus.RUNNING, 200, 50))).isEqualTo(25);
    assertThat(ImportProgress.percent(job(ImportStatus.RUNNING, 200, 200))).isEqualTo(99);
    assertThat(ImportProgress.percent(job(ImportStatus.DONE, 200, 200))).isEqualTo(100);
    assertThat(ImportProgress.percent(job(ImportStatus.DONE, 0, 0))).isEqualTo(100);
  }

  @Test
  void a_100_000_row_import_counts_without_overflow() {
    assertThat(ImportProgress.percent(job(ImportStatus.RUNNING, 100_000, 33_333))).isEqualTo(33);
  }

  @Test
  void the_poll_stops_when_the_import_is_done_or_failed() {
    assertThat(ImportProgress.ended(ImportStatus.QUEUED)).isFalse();
    assertThat(ImportProgress.ended(ImportStatus.RUNNING)).isFalse();
    assertThat(ImportProgress.ended(ImportStatus.DONE)).isTrue();
    assertThat(ImportProgress.ended(ImportStatus.FAILED)).isTrue();
  }

  @Test
  void a_csv_file_is_read_in_the_encoding_chosen_whatever_the_browser_declared() {
    assertThat(ImportPage.mediaType("school.CSV", "application/vnd.ms-excel", "GB18030"))
        .isEqualTo("text/csv; charset=GB18030");
    assertThat(ImportPage.mediaType("school.csv", "text/csv", "UTF-8"))
        .isEqualTo("text/csv; charset=UTF-8");
    assertThat(ImportPage.mediaType("school.csv", "text/csv", "ISO-8859-1"))
        .as("an encoding the page does not offer")
        .isEqualTo("text/csv; charset=UTF-8");
    assertThat(ImportPage.mediaType("学校.xlsx", "application/octet-stream", "UTF-8"))
        .isEqualTo(ImportFiles.XLSX);
  }

  @Test
  void the_templates_addresses_name_each_kind_and_format() {
    assertThat(ImportFiles.kindOf("patients")).contains(ImportKind.PATIENTS);
    assertThat(ImportFiles.kindOf("screenings")).contains(ImportKind.SCREENINGS);
    assertThat(ImportFiles.kindOf("PATIENTS")).isEmpty();
    assertThat(ImportFiles.formatOf("xlsx")).isPresent();
    assertThat(ImportFiles.formatOf("pdf")).isEmpty();
  }
}
