package org.alliancecare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The drill of docs/operations/backup-and-restore.md: a base backup of the running application's
 * database (PostgreSQL's backup API: {@code pg_backup_start}, a copy of the cluster, {@code
 * pg_backup_stop}) plus the WAL archive the launcher keeps ({@code ALLIANCECARE_WAL_ARCHIVE_DIR});
 * records before and after a chosen moment; the cluster restored to that moment ({@code
 * recovery.signal}, {@code restore_command}, {@code recovery_target_time}); the application started
 * on the restored data: what was written before the moment is there, what came after is not, and
 * the journal verifies. Every step is timed.
 */
@Order(4)
class BackupRestoreIT {

  private static final String SECTION = "5. backup and restore";

  /** What a base backup leaves out (PostgreSQL's documentation, "Making a Base Backup"). */
  private static final Set<String> NOT_COPIED =
      Set.of(
          "postmaster.pid",
          "postmaster.opts",
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  @Test
  void a_base_backup_plus_wal_archive_restores_to_a_point_in_time_and_the_journal_verifies()
      throws Exception {
    Harness harness = Harness.get();
    Records records = harness.records();
    Path drill = harness.root().resolve("restore-drill");
    Path backup = drill.resolve("base-backup");
    Files.createDirectories(backup);

    // 1. base backup, while the application runs
    Instant began = Instant.now();
    try (Connection connection = harness.database();
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_backup_start('alliancecare-drill', true)");
      copyCluster(harness.clusterDirectory(), backup.resolve("postgres"));
      copyTree(harness.dataDirectory().resolve("secrets"), backup.resolve("secrets"));
      try (ResultSet stop =
          statement.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(true)")) {
        stop.next();
        Files.writeString(
            backup.resolve("postgres/backup_label"), stop.getString(1), StandardCharsets.UTF_8);
        String map = stop.getString(2);
        if (map != null && !map.isEmpty()) {
          Files.writeString(backup.resolve("postgres/tablespace_map"), map, StandardCharsets.UTF_8);
        }
      }
    }
    Duration baseBackup = Duration.between(began, Instant.now());
    long backupBytes = size(backup);

    // 2. records before the moment to restore to, and after it
    List<String> before = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String child = records.child();
      before.add(child);
      before.add(records.screening(child));
    }
    String target;
    try (Connection connection = harness.database();
        Statement statement = connection.createStatement();
        ResultSet now =
            statement.executeQuery(
                "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")) {
      now.next();
      target = now.getString(1);
    }
    TimeUnit.MILLISECONDS.sleep(1_500);
    List<String> after = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String child = records.child();
      after.add(child);
      after.add(records.screening(child));
    }
    String lastSegment;
    try (Connection connection = harness.database();
        Statement statement = connection.createStatement();
        ResultSet switched = statement.executeQuery("SELECT pg_walfile_name(pg_switch_wal())")) {
      switched.next();
      lastSegment = switched.getString(1);
    }
    awaitArchived(harness, lastSegment);
    long archivedSegments;
    try (Stream<Path> files = Files.list(harness.walArchive())) {
      archivedSegments = files.count();
    }

    // 3. restore into a new data directory and recover to the moment
    Instant restoreBegan = Instant.now();
    Path restored = drill.resolve("data");
    Path cluster = restored.resolve("postgres");
    copyTree(backup.resolve("postgres"), cluster);
    copyTree(backup.resolve("secrets"), restored.resolve("secrets"));
    Files.createDirectories(cluster.resolve("pg_wal"));
    // PostgreSQL starts only on a cluster directory that only its owner may enter
    Files.setPosixFilePermissions(
        cluster, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    Files.writeString(cluster.resolve("recovery.signal"), "");
    Files.writeString(
        cluster.resolve("postgresql.auto.conf"),
        """

        # restore drill
        restore_command = 'cp "%s/%%f" "%%p"'
        recovery_target_time = '%s'
        recovery_target_action = 'promote'
        archive_mode = 'off'
        """
            .formatted(harness.walArchive().toAbsolutePath(), target),
        StandardOpenOption.APPEND);
    Path binaries = harness.postgresBinaries();
    int port = Harness.freePort();
    Postgres.pgCtl(
        binaries,
        "start",
        "-D",
        cluster.toString(),
        "-w",
        "-t",
        "600",
        "-l",
        drill.resolve("recovery.log").toString(),
        "-o",
        // the settings the source server ran with: a standby needs at least its max_connections
        "-p " + port + " -c timezone=UTC -c max_connections=120 -c shared_buffers=128MB");
    awaitPromoted(port);
    Duration recovery = Duration.between(restoreBegan, Instant.now());
    Postgres.pgCtl(binaries, "stop", "-D", cluster.toString(), "-m", "fast", "-w");
    removeRecoverySettings(cluster);

    // 4. the application on the restored data
    Instant startBegan = Instant.now();
    try (RunningApplication app =
        RunningApplication.start(
            restored, Map.of("ALLIANCECARE_ADMIN_PASSWORD", Harness.ADMIN_PASSWORD))) {
      Duration appStart = Duration.between(startBegan, Instant.now());
      Http doctor = signIn(app, DemoAccounts.DOCTOR_WENSU);
      Http auditor = signIn(app, DemoAccounts.AUDITOR_WENSU);
      List<String> missingBefore = new ArrayList<>();
      for (int i = 0; i < before.size(); i += 2) {
        if (doctor.get("/api/patients/" + before.get(i)).status() != 200
            || doctor.get("/api/screenings/" + before.get(i + 1)).status() != 200) {
          missingBefore.add(before.get(i));
        }
      }
      List<String> presentAfter = new ArrayList<>();
      for (int i = 0; i < after.size(); i += 2) {
        if (doctor.get("/api/patients/" + after.get(i)).status() != 404) {
          presentAfter.add(after.get(i));
        }
      }
      Http.Answer verified =
          auditor.timeout(Duration.ofSeconds(300)).post("/api/audit/verify", "{}");
      Duration total = Duration.between(began, Instant.now());

      Figures.record(SECTION, "base backup while running (s)", Harness.seconds(baseBackup));
      Figures.record(SECTION, "base backup size (MiB)", backupBytes / (1024 * 1024));
      Figures.record(SECTION, "WAL segments archived", archivedSegments);
      Figures.record(SECTION, "recovery_target_time", target);
      Figures.record(SECTION, "restore and recovery to the moment (s)", Harness.seconds(recovery));
      Figures.record(
          SECTION, "application start on the restored data (s)", Harness.seconds(appStart));
      Figures.record(SECTION, "whole drill (s)", Harness.seconds(total));
      Figures.record(SECTION, "records written before the moment, missing", missingBefore.size());
      Figures.record(SECTION, "records written after the moment, present", presentAfter.size());
      Figures.record(
          SECTION,
          "journal verifies on the restored data",
          verified.status() == 200 && verified.json().getBoolean("verified", false));
      Figures.record(
          SECTION,
          "journal entries checked",
          verified.status() == 200 ? verified.json().getInt("entriesChecked", -1) : -1);
      assertThat(missingBefore).isEmpty();
      assertThat(presentAfter).isEmpty();
      assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
      assertThat(verified.json().getBoolean("verified")).isTrue();
    }
  }

  private static Http signIn(RunningApplication app, String username) {
    Http.Answer session =
        new Http(app.uri("/"))
            .post(
                "/api/session",
                "{\"username\": \"%s\", \"password\": \"%s\"}"
                    .formatted(username, DemoAccounts.password(username)));
    assertThat(session.status()).as(session.toString()).isEqualTo(200);
    return new Http(app.uri("/")).as(session.json().getString("token"));
  }

  private static void copyCluster(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> entries = Files.list(from)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (NOT_COPIED.contains(name)) {
          if (Files.isDirectory(entry)) {
            Files.createDirectories(to.resolve(name));
          }
        } else {
          copyTree(entry, to.resolve(name));
        }
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        try {
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (java.nio.file.NoSuchFileException vanished) {
          // a file the server removed while it was copied: the WAL replays what it held
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void removeRecoverySettings(Path cluster) throws IOException {
    // a promoted server no longer reads recovery settings; they are removed so that a later
    // start of this data directory is an ordinary one
    Path auto = cluster.resolve("postgresql.auto.conf");
    String settings = Files.readString(auto, StandardCharsets.UTF_8);
    int drill = settings.indexOf("# restore drill");
    if (drill >= 0) {
      Files.writeString(auto, settings.substring(0, drill), StandardCharsets.UTF_8);
    }
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void awaitArchived(Harness harness, String segment) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (Files.exists(harness.walArchive().resolve(segment))) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    throw new AssertionError("segment " + segment + " was not archived within 120 s");
  }

  private static void awaitPromoted(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    while (System.nanoTime() < deadline) {
      try (Connection connection = Harness.database(port);
          Statement statement = connection.createStatement();
          ResultSet recovering = statement.executeQuery("SELECT pg_is_in_recovery()")) {
        recovering.next();
        if (!recovering.getBoolean(1)) {
          return;
        }
      } catch (SQLException notYet) {
        // still starting or replaying
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    throw new AssertionError("the restored cluster was not promoted within 600 s");
  }
}
