package org.alliancecare.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL primary and one physical streaming replica for tests, made with Debian's PostgreSQL
 * binaries ({@code /usr/lib/postgresql/15/bin}, package {@code postgresql-15}; zonky's embedded
 * binaries have no {@code pg_basebackup}): {@code initdb}, {@code pg_basebackup -R -X stream}, both
 * servers on free loopback ports, trust authentication for {@code postgres} on 127.0.0.1 only, no
 * Unix sockets. Run as root, every PostgreSQL program runs as the user {@code postgres} (PostgreSQL
 * refuses root) and the folder is handed to that user.
 *
 * <pre>{@code
 * StreamingReplica servers = StreamingReplica.start(Path.of("target/replica-it"));
 * servers.primaryUrl("postgres"); servers.replicaUrl("postgres");
 * servers.promote();   // the replica becomes a primary (after the primary was stopped)
 * servers.stop();
 * }</pre>
 */
public final class StreamingReplica implements AutoCloseable {

  /** Where Debian puts PostgreSQL 15's programs; {@code ALLIANCECARE_PG_BIN} overrides it. */
  public static final Path DEBIAN_BINARIES = Path.of("/usr/lib/postgresql/15/bin");

  public static final String USER = "postgres";

  private static final Duration READY = Duration.ofSeconds(60);

  private final Path bin;
  private final Path primaryData;
  private final Path replicaData;
  private final int primaryPort;
  private final int replicaPort;

  private StreamingReplica(
      Path bin, Path primaryData, Path replicaData, int primaryPort, int replicaPort) {
    this.bin = bin;
    this.primaryData = primaryData;
    this.replicaData = replicaData;
    this.primaryPort = primaryPort;
    this.replicaPort = replicaPort;
  }

  /** The folder of the PostgreSQL programs used. */
  public static Path binaries() {
    String configured = System.getenv("ALLIANCECARE_PG_BIN");
    return configured == null || configured.isBlank() ? DEBIAN_BINARIES : Path.of(configured);
  }

  /** Whether this machine has the programs (a test that needs them is skipped otherwise). */
  public static boolean available() {
    Path bin = binaries();
    return Files.isExecutable(bin.resolve("pg_basebackup"))
        && Files.isExecutable(bin.resolve("initdb"))
        && Files.isExecutable(bin.resolve("pg_ctl"));
  }

  /**
   * Creates a primary in {@code folder/primary}, copies it with {@code pg_basebackup} into {@code
   * folder/replica}, starts both and answers once the replica streams. {@code folder} must not
   * exist yet or be empty.
   */
  public static StreamingReplica start(Path folder) {
    Path bin = binaries();
    Path root = folder.toAbsolutePath();
    Path primary = root.resolve("primary");
    Path replica = root.resolve("replica");
    try {
      Files.createDirectories(root);
      handOver(root);
      StreamingReplica servers =
          new StreamingReplica(bin, primary, replica, freePort(), freePort());
      servers.run(
          "initdb",
          "-D",
          primary.toString(),
          "-U",
          USER,
          "--auth=trust",
          "-E",
          "UTF8",
          "--no-sync");
      servers.configure(primary, servers.primaryPort);
      Files.writeString(
          primary.resolve("pg_hba.conf"),
          "host all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n",
          StandardCharsets.UTF_8);
      servers.startPrimary();
      servers.run(
          "pg_basebackup",
          "-h",
          "127.0.0.1",
          "-p",
          Integer.toString(servers.primaryPort),
          "-U",
          USER,
          "-D",
          replica.toString(),
          "-R",
          "-X",
          "stream",
          "-c",
          "fast",
          "--no-sync");
      servers.configure(replica, servers.replicaPort);
      servers.startReplica();
      servers.awaitStreaming();
      return servers;
    } catch (IOException e) {
      throw new UncheckedIOException("could not set up the primary and its replica", e);
    }
  }

  public int primaryPort() {
    return primaryPort;
  }

  public int replicaPort() {
    return replicaPort;
  }

  /** The JDBC URL of {@code database} on the primary. */
  public String primaryUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + database;
  }

  /** The JDBC URL of {@code database} on the replica. */
  public String replicaUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + replicaPort + "/" + database;
  }

  /** A connection to {@code database} on the primary. */
  public Connection connectPrimary(String database) throws SQLException {
    return DriverManager.getConnection(primaryUrl(database), USER, "");
  }

  /** A connection to {@code database} on the replica. */
  public Connection connectReplica(String database) throws SQLException {
    return DriverManager.getConnection(replicaUrl(database), USER, "");
  }

  /**
   * Creates {@code database} on the primary and waits until the replica has it too; answers its
   * name.
   */
  public String createDatabase(String database) {
    try (Connection connection = connectPrimary("postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + database, e);
    }
    awaitReplayed();
    return database;
  }

  /** Waits until the replica has replayed everything the primary has written so far. */
  public void awaitReplayed() {
    long deadline = System.nanoTime() + READY.toNanos();
    try (Connection primary = connectPrimary("postgres");
        Connection replica = connectReplica("postgres")) {
      String target = single(primary, "SELECT pg_current_wal_insert_lsn()::text");
      while (true) {
        try (Statement statement = replica.createStatement();
            ResultSet row =
                statement.executeQuery(
                    "SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '" + target + "') >= 0")) {
          if (row.next() && row.getBoolean(1)) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the replica did not replay up to " + target);
        }
        Thread.sleep(20);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not compare the primary and the replica", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the replica", e);
    }
  }

  /** Starts (again) the primary. */
  public void startPrimary() {
    pgCtl(primaryData, "start", "-w", "-l", primaryData.resolveSibling("primary.log").toString());
  }

  /** Stops the primary at once ({@code immediate}: as if its machine were lost). */
  public void stopPrimary() {
    pgCtl(primaryData, "stop", "-w", "-m", "immediate");
  }

  /** Starts (again) the replica. */
  public void startReplica() {
    pgCtl(replicaData, "start", "-w", "-l", replicaData.resolveSibling("replica.log").toString());
  }

  /** Stops the replica ({@code fast}). */
  public void stopReplica() {
    pgCtl(replicaData, "stop", "-w", "-m", "fast");
  }

  /**
   * Promotes the replica to a primary ({@code pg_ctl promote}, waiting until it accepts writes).
   * Stop the primary first: two primaries would diverge.
   */
  public void promote() {
    pgCtl(replicaData, "promote", "-w");
  }

  /** Stops both servers (whichever still runs); the folder stays for its logs. */
  public void stop() {
    for (Path data : List.of(replicaData, primaryData)) {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        try {
          pgCtl(data, "stop", "-w", "-m", "immediate");
        } catch (IllegalStateException e) {
          System.err.println("could not stop the server in " + data + ": " + e.getMessage());
        }
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void awaitStreaming() {
    long deadline = System.nanoTime() + READY.toNanos();
    try (Connection primary = connectPrimary("postgres")) {
      while (!"1"
          .equals(
              single(
                  primary, "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the replica does not stream from the primary");
        }
        Thread.sleep(50);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not ask the primary about its replica", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the replica", e);
    }
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }

  /** Settings of a server of the pair, appended to its {@code postgresql.conf}. */
  private void configure(Path data, int port) throws IOException {
    Files.writeString(
        data.resolve("postgresql.conf"),
        String.join(
            "\n",
            "",
            "port = " + port,
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            "wal_level = replica",
            "max_wal_senders = 5",
            "hot_standby = on",
            "hot_standby_feedback = on",
            "fsync = off",
            "synchronous_commit = on",
            "max_connections = 60",
            "shared_buffers = 32MB",
            ""),
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  private void pgCtl(Path data, String... arguments) {
    List<String> command = new ArrayList<>(List.of("pg_ctl", "-D", data.toString()));
    command.addAll(List.of(arguments));
    run(command.toArray(String[]::new));
  }

  /** Runs one of the PostgreSQL programs (as {@code postgres} when this process is root). */
  private void run(String... program) {
    List<String> command = new ArrayList<>();
    if (root()) {
      command.addAll(List.of("runuser", "-u", USER, "--"));
    }
    command.add(bin.resolve(program[0]).toString());
    command.addAll(List.of(program).subList(1, program.length));
    try {
      Path output = Files.createTempFile("pg-", ".out");
      try {
        Process process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(READY.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException(program[0] + " did not finish: " + command);
        }
        if (process.exitValue() != 0) {
          throw new IllegalStateException(
              program[0]
                  + " failed ("
                  + process.exitValue()
                  + "): "
                  + Files.readString(output, StandardCharsets.UTF_8).strip());
        }
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + program[0], e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + program[0], e);
    }
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Gives the folder to {@code postgres} when running as root (initdb refuses otherwise). */
  private static void handOver(Path folder) throws IOException {
    if (!root()) {
      return;
    }
    try {
      Process chown = new ProcessBuilder("chown", "-R", USER, folder.toString()).start();
      if (!chown.waitFor(30, TimeUnit.SECONDS) || chown.exitValue() != 0) {
        throw new IOException("could not give " + folder + " to " + USER);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while giving " + folder + " to " + USER, e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
