package org.alliancecare.interop.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The complete-status manifest of the Bulk Data Access IG. */
class ExportManifestTest {

  @Test
  void the_manifest_lists_each_file_with_its_type_url_and_count() {
    Instant at = Instant.parse("2026-05-04T03:00:00Z");
    ExportJob job =
        new ExportJob(
            "5f0c7a36-1d7e-4a53-9f33-6c1b5f2f9f10",
            "coordinator",
            new ExportRequest(
                ExportLevel.SYSTEM,
                null,
                List.of("Patient", "Observation"),
                null,
                "https://example.org/fhir/$export?_type=Patient,Observation"),
            "127.0.0.1",
            ExportStatus.DONE,
            at,
            at,
            at.plusSeconds(5),
            at.plusSeconds(86405),
            3,
            null,
            null,
            List.of(
                new ExportFile(1, "Patient", "Patient-1.ndjson", 1, 300),
                new ExportFile(2, "Observation", "Observation-1.ndjson", 2, 800)));

    JsonObject manifest = ExportManifest.of(job, "https://example.org/fhir/bulk/5f0c/");

    assertThat(manifest.getString("transactionTime")).isEqualTo("2026-05-04T03:00:00Z");
    assertThat(manifest.getString("request"))
        .isEqualTo("https://example.org/fhir/$export?_type=Patient,Observation");
    assertThat(manifest.getBoolean("requiresAccessToken")).isTrue();
    assertThat(manifest.getJsonArray("error")).isEmpty();
    assertThat(manifest.getJsonArray("output")).hasSize(2);
    JsonObject second = manifest.getJsonArray("output").getJsonObject(1);
    assertThat(second.getString("type")).isEqualTo("Observation");
    assertThat(second.getString("url"))
        .isEqualTo("https://example.org/fhir/bulk/5f0c/Observation-1.ndjson");
    assertThat(second.getInt("count")).isEqualTo(2);
  }
}
