package org.alliancecare.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The cluster's database: a PostgreSQL primary and one streaming replica (physical replication, a
 * base backup taken with {@code pg_basebackup} over a replication slot, {@code hot_standby} for
 * reads), with Debian's PostgreSQL server binaries, on loopback ports, their data in the cluster's
 * directory. Both are started again on the data they had. Under root each server runs in a user
 * namespace ({@code unshare -U}), as the embedded database does, since PostgreSQL refuses to run as
 * root.
 */
final class ReplicatedDatabase implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ReplicatedDatabase.class.getName());

  static final String SLOT = "replica";
  private static final Duration START_LIMIT = Duration.ofSeconds(120);

  private final ClusterSettings cluster;
  private final Path binaries;
  private final String password;
  private Process primary;
  private Process replica;

  private ReplicatedDatabase(ClusterSettings cluster, Path binaries, String password) {
    this.cluster = cluster;
    this.binaries = binaries;
    this.password = password;
  }

  static ReplicatedDatabase start(ClusterSettings cluster, String password)
      throws IOException, InterruptedException, SQLException {
    ReplicatedDatabase database =
        new ReplicatedDatabase(cluster, DebianPackages.postgresBinaries(), password);
    database.startBoth();
    return database;
  }

  Path primaryDirectory() {
    return cluster.directory().resolve("primary");
  }

  Path replicaDirectory() {
    return cluster.directory().resolve("replica");
  }

  private void startBoth() throws IOException, InterruptedException, SQLException {
    Files.createDirectories(cluster.directory().resolve("logs"));
    Path primaryData = primaryDirectory();
    Path replicaData = replicaDirectory();
    if (Files.exists(replicaData.resolve("PG_VERSION"))
        && !Files.exists(replicaData.resolve("standby.signal"))) {
      throw new IllegalStateException(
          "the replica in "
              + replicaData
              + " was promoted to primary (a failover or a promotion drill): the old primary must be"
              + " rebuilt from it before the cluster starts again (docs/operations/scale-out.md,"
              + " 'After a promotion')");
    }
    if (!Files.exists(primaryData.resolve("PG_VERSION"))) {
      initialisePrimary(primaryData);
    }
    primary = server(primaryData, cluster.primaryPort(), "primary");
    awaitConnection(cluster.primaryPort(), "primary");
    createApplicationDatabase();
    if (!Files.exists(replicaData.resolve("PG_VERSION"))) {
      baseBackup(replicaData);
    }
    replica = server(replicaData, cluster.replicaPort(), "replica");
    awaitConnection(cluster.replicaPort(), "replica");
    LOG.info(
        "PostgreSQL primary on port "
            + cluster.primaryPort()
            + ", streaming replica on port "
            + cluster.replicaPort());
  }

  private void initialisePrimary(Path data) throws IOException, InterruptedException {
    LOG.info("creating the primary database cluster in " + data);
    Files.createDirectories(data.getParent());
    Path passwordFile = cluster.directory().resolve("secrets").resolve("initdb-password");
    Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
    try {
      run(
          List.of(
              binaries.resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              EmbeddedDatabase.USER,
              "--pwfile=" + passwordFile,
              "--auth-host=scram-sha-256",
              "--auth-local=scram-sha-256",
              "--encoding=UTF8",
              "--locale=C.UTF-8"),
          "initdb");
    } finally {
      Files.deleteIfExists(passwordFile);
    }
    int connections = 45 * cluster.nodes() * 2 + 20;
    List<String> settings =
        new ArrayList<>(
            List.of(
                "",
                "# AllianceCare cluster (launcher ReplicatedDatabase)",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''",
                "max_connections = " + connections,
                "shared_buffers = 128MB",
                "wal_level = replica",
                "max_wal_senders = 10",
                "max_replication_slots = 10",
                "wal_keep_size = 512MB",
                "hot_standby = on",
                "hot_standby_feedback = on",
                "fsync = on",
                "synchronous_commit = on",
                "full_page_writes = on"));
    if (cluster.synchronousReplica()) {
      settings.add("synchronous_standby_names = '" + SLOT + "'");
    }
    Files.write(
        data.resolve("postgresql.conf"),
        settings,
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Files.write(
        data.resolve("pg_hba.conf"),
        List.of(
            "# AllianceCare cluster: loopback only, passwords (scram-sha-256)",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host replication all 127.0.0.1/32 scram-sha-256"),
        StandardCharsets.UTF_8);
  }

  private void baseBackup(Path data) throws IOException, InterruptedException, SQLException {
    LOG.info("taking the replica's base backup (pg_basebackup) into " + data);
    try (Connection connection = connect(cluster.primaryPort(), "postgres");
        PreparedStatement slot =
            connection.prepareStatement(
                "SELECT pg_create_physical_replication_slot(?) WHERE NOT EXISTS"
                    + " (SELECT 1 FROM pg_replication_slots WHERE slot_name = ?)")) {
      slot.setString(1, SLOT);
      slot.setString(2, SLOT);
      slot.execute();
    }
    ProcessBuilder backup =
        new ProcessBuilder(
            binaries.resolve("pg_basebackup").toString(),
            "--host=127.0.0.1",
            "--port=" + cluster.primaryPort(),
            "--username=" + EmbeddedDatabase.USER,
            "--pgdata=" + data,
            "--wal-method=stream",
            "--slot=" + SLOT,
            "--write-recovery-conf",
            "--checkpoint=fast",
            "--no-password");
    backup.environment().put("PGPASSWORD", password);
    // the recovery settings written by -R name the replication slot, so that the primary keeps
    // every WAL segment the replica has not yet received
    runLogged(backup, "pg_basebackup");
    Files.write(
        data.resolve("postgresql.auto.conf"),
        List.of("primary_slot_name = '" + SLOT + "'", "application_name = '" + SLOT + "'"),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    // pg_basebackup -R writes primary_conninfo with the password it was given; it stays in the
    // replica's own directory, readable by its owner only
  }

  private Process server(Path data, int port, String name) throws IOException {
    List<String> command = new ArrayList<>(asServerUser());
    command.addAll(
        List.of(binaries.resolve("postgres").toString(), "-D", data.toString(), "-p", "" + port));
    Path log = cluster.directory().resolve("logs").resolve(name + ".log");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Promotes the replica to primary ({@code pg_promote}, waiting until it accepts writes). */
  void promoteReplica() throws SQLException {
    try (Connection connection = connect(cluster.replicaPort(), "postgres");
        Statement promote = connection.createStatement()) {
      promote.execute("SELECT pg_promote(true, 60)");
    }
  }

  /** Stops the primary as an operator would before promoting the replica (a fast shutdown). */
  void stopPrimary() throws InterruptedException {
    stop(primary, "primary");
    primary = null;
  }

  Optional<Long> primaryPid() {
    return Optional.ofNullable(primary).filter(Process::isAlive).map(Process::pid);
  }

  Optional<Long> replicaPid() {
    return Optional.ofNullable(replica).filter(Process::isAlive).map(Process::pid);
  }

  @Override
  public void close() throws InterruptedException {
    stop(replica, "replica");
    stop(primary, "primary");
  }

  /** A fast shutdown (SIGINT): open transactions roll back, everything committed stays. */
  private static void stop(Process server, String name) throws InterruptedException {
    if (server == null || !server.isAlive()) {
      return;
    }
    LOG.info("stopping the PostgreSQL " + name);
    try {
      new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor();
    } catch (IOException e) {
      server.destroy();
    }
    if (!server.waitFor(60, TimeUnit.SECONDS)) {
      LOG.warning("the PostgreSQL " + name + " did not stop in time; killing it");
      server.destroyForcibly().waitFor();
    }
  }

  private void awaitConnection(int port, String name) throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(START_LIMIT);
    SQLException last = null;
    while (Instant.now().isBefore(deadline)) {
      try (Connection connection = connect(port, "postgres")) {
        return;
      } catch (SQLException e) {
        last = e;
        Thread.sleep(250);
      }
    }
    throw new SQLException(
        "the PostgreSQL " + name + " did not accept connections within " + START_LIMIT, last);
  }

  private void createApplicationDatabase() throws SQLException {
    try (Connection connection = connect(cluster.primaryPort(), "postgres");
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, EmbeddedDatabase.DATABASE);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute(
            "CREATE DATABASE " + EmbeddedDatabase.DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
      }
    }
  }

  Connection connect(int port, String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?connectTimeout=5",
        EmbeddedDatabase.USER,
        password);
  }

  private static List<String> asServerUser() {
    return DebianPackages.runningAsRoot() ? List.of("unshare", "-U") : List.of();
  }

  private void run(List<String> command, String name) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(asServerUser());
    full.addAll(command);
    runLogged(new ProcessBuilder(full), name);
  }

  private void runLogged(ProcessBuilder builder, String name)
      throws IOException, InterruptedException {
    Path log = cluster.directory().resolve("logs").resolve(name + ".log");
    Process process =
        builder
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IOException(name + " failed (see " + log + ")");
    }
  }

  /** The settings a node needs to reach both servers. */
  Map<String, String> nodeEnvironment() {
    return Map.of(
        "ALLIANCECARE_DB_URL",
        cluster.primaryUrl(),
        "ALLIANCECARE_DB_USER",
        EmbeddedDatabase.USER,
        "ALLIANCECARE_DB_PASSWORD",
        password,
        "ALLIANCECARE_REPLICA_DB_URL",
        cluster.replicaUrl(),
        "ALLIANCECARE_REPLICA_DB_USER",
        EmbeddedDatabase.USER,
        "ALLIANCECARE_REPLICA_DB_PASSWORD",
        password);
  }
}
