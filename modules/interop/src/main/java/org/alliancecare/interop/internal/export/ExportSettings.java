package org.alliancecare.interop.internal.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where export files live and for how long (docs/fhir.md, Bulk Data export): {@code
 * alliancecare.export.dir} ({@code ALLIANCECARE_EXPORT_DIR}), else {@code exports/} in the data
 * folder ({@code ALLIANCECARE_DATA_DIR}, else the {@code var/} folder of the installation that
 * {@code ./run} uses); {@code alliancecare.export.retention-hours} (default 24) after a job ends
 * its files are deleted; {@code alliancecare.export.resources-per-file} (default 100,000) lines per
 * NDJSON file.
 */
@ApplicationScoped
public class ExportSettings {

  @Inject
  @ConfigProperty(name = "alliancecare.export.dir")
  Optional<String> exportDir;

  @Inject
  @ConfigProperty(name = "alliancecare.data.dir")
  Optional<String> dataDir;

  @Inject
  @ConfigProperty(name = "alliancecare.home")
  Optional<String> home;

  @Inject
  @ConfigProperty(name = "alliancecare.export.retention-hours", defaultValue = "24")
  int retentionHours;

  @Inject
  @ConfigProperty(name = "alliancecare.export.resources-per-file", defaultValue = "100000")
  int resourcesPerFile;

  /** The folder of every job's folder. */
  public Path folder() {
    return folder(exportDir, dataDir, home);
  }

  static Path folder(Optional<String> exportDir, Optional<String> dataDir, Optional<String> home) {
    Optional<String> export = exportDir.filter(d -> !d.isBlank());
    if (export.isPresent()) {
      return Path.of(export.get()).toAbsolutePath();
    }
    Optional<String> data = dataDir.filter(d -> !d.isBlank());
    if (data.isPresent()) {
      return Path.of(data.get()).toAbsolutePath().resolve("exports");
    }
    Optional<String> installation = home.filter(d -> !d.isBlank());
    if (installation.isPresent()) {
      return Path.of(installation.get()).toAbsolutePath().resolve("var").resolve("exports");
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "alliancecare-exports");
  }

  public Duration retention() {
    return Duration.ofHours(Math.max(1, retentionHours));
  }

  public int resourcesPerFile() {
    return Math.max(1, resourcesPerFile);
  }
}
