package org.alliancecare.interop.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a job: a new file when one is full, counts and sizes as written. */
class NdjsonFilesTest {

  @TempDir Path folder;

  @Test
  void a_full_file_is_followed_by_the_next_part_of_the_same_type() throws IOException {
    try (NdjsonFiles files = new NdjsonFiles(folder.resolve("job"), 2)) {
      files.startType("Patient");
      files.write("{\"resourceType\":\"Patient\",\"id\":\"1\"}");
      files.write("{\"resourceType\":\"Patient\",\"id\":\"2\"}");
      files.write("{\"resourceType\":\"Patient\",\"id\":\"3\"}");
      files.startType("Observation");
      files.startType("Consent");
      files.write("{\"resourceType\":\"Consent\",\"id\":\"名\"}");
      files.close();

      assertThat(files.files())
          .extracting(ExportFile::fileName)
          .containsExactly("Patient-1.ndjson", "Patient-2.ndjson", "Consent-1.ndjson");
      assertThat(Files.readAllLines(folder.resolve("job/Patient-2.ndjson")))
          .containsExactly("{\"resourceType\":\"Patient\",\"id\":\"3\"}");
      ExportFile consent = files.files().get(2);
      assertThat(consent.bytes()).isEqualTo(Files.size(folder.resolve("job/Consent-1.ndjson")));
      // 34 ASCII characters, 名 in three bytes of UTF-8, the line break
      assertThat(consent.bytes()).isEqualTo(34 + 3 + 1);
    }
  }
}
