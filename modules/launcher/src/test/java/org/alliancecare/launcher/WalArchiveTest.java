package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalArchiveTest {

  private static final Path HOME = Path.of("/opt/alliancecare");

  @Test
  void without_the_variable_the_embedded_database_archives_nothing() {
    Settings settings = Settings.from(Map.of(), HOME, HOME.resolve("dist"));

    assertThat(settings.walArchive().enabled()).isFalse();
  }

  @Test
  void the_variable_names_the_folder_each_segment_is_copied_to_under_a_temporary_name_first() {
    Settings settings =
        Settings.from(
            Map.of("ALLIANCECARE_WAL_ARCHIVE_DIR", "/srv/backup/wal archive"),
            HOME,
            HOME.resolve("dist"));

    assertThat(settings.walArchive().enabled()).isTrue();
    assertThat(settings.walArchive().command())
        .isEqualTo(
            "test ! -f '/srv/backup/wal archive/%f'"
                + " && cp '%p' '/srv/backup/wal archive/%f.part'"
                + " && mv '/srv/backup/wal archive/%f.part' '/srv/backup/wal archive/%f'");
  }

  @Test
  void a_folder_with_a_quote_is_refused_rather_than_breaking_the_shell_command() {
    assertThatThrownBy(() -> new WalArchive(Path.of("/srv/it's")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ALLIANCECARE_WAL_ARCHIVE_DIR");
  }
}
