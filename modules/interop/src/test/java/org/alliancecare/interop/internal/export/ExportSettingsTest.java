package org.alliancecare.interop.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the export files go: the export folder if set, else the data folder's, else ./run's. */
class ExportSettingsTest {

  @Test
  void the_export_folder_wins_then_the_data_folder_then_the_installation() {
    assertThat(
            ExportSettings.folder(
                Optional.of("/srv/exports"), Optional.of("/srv/data"), Optional.of("/opt/ac")))
        .isEqualTo(Path.of("/srv/exports"));
    assertThat(ExportSettings.folder(Optional.of(" "), Optional.of("/srv/data"), Optional.empty()))
        .isEqualTo(Path.of("/srv/data/exports"));
    assertThat(ExportSettings.folder(Optional.empty(), Optional.empty(), Optional.of("/opt/ac")))
        .isEqualTo(Path.of("/opt/ac/var/exports"));
  }
}
