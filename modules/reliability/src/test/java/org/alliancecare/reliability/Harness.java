package org.alliancecare.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;

/**
 * The packaged application that the harness abuses, started once per test JVM as the README starts
 * it, with its embedded PostgreSQL on a known port (so that the harness can read every table), WAL
 * archiving into a folder beside the data (for the restore drill), and a two-minute idle limit for
 * sessions (so that token expiry can be measured). It also stops and starts what a crash cycle
 * stops: the Payara Micro process (SIGKILL) and PostgreSQL ({@code pg_ctl stop -m immediate}).
 */
final class Harness {

  static final String ADMIN_PASSWORD = RunningApplication.ADMIN_PASSWORD;
  static final int IDLE_MINUTES = 2;

  private static Harness instance;

  private final Path root;
  private final Path dataDirectory;
  private final Path walArchive;
  private final int databasePort;
  private final RunningApplication app;
  private final java.net.URI base;
  private final Accounts accounts;
  private final Instant idleProbesSignedInAt;
  private final List<String> idleProbes = new ArrayList<>();
  private java.util.concurrent.CompletableFuture<List<Integer>> idleExpiry;
  private Records records;

  private Harness() throws IOException {
    String attach = System.getProperty("reliability.attach", "");
    if (!attach.isBlank()) {
      // for working on the harness: an application already running, started as the constructor
      // below starts one: "<http port>,<database port>,<folder with data/ and wal-archive/>"
      String[] parts = attach.split(",");
      root = Path.of(parts[2]);
      dataDirectory = root.resolve("data");
      walArchive = root.resolve("wal-archive");
      databasePort = Integer.parseInt(parts[1]);
      app = null;
      base = java.net.URI.create("http://localhost:" + parts[0] + "/");
      accounts = new Accounts(base, ADMIN_PASSWORD);
      idleProbesSignedInAt = Instant.now();
      for (int i = 0; i < 3; i++) {
        idleProbes.add(signIn(DemoAccounts.AUDITOR_WENSU).token());
      }
      idleExpiry = scheduleIdleProbes();
      return;
    }
    root = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "reliability-");
    dataDirectory = root.resolve("data");
    walArchive = root.resolve("wal-archive");
    Files.createDirectories(dataDirectory);
    databasePort = freePort();
    app =
        RunningApplication.start(
            dataDirectory,
            Map.of(
                "ALLIANCECARE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "ALLIANCECARE_EMBEDDED_DB_PORT", Integer.toString(databasePort),
                "ALLIANCECARE_WAL_ARCHIVE_DIR", walArchive.toString(),
                "ALLIANCECARE_SESSION_IDLE_MINUTES", Integer.toString(IDLE_MINUTES)));
    base = app.uri("/");
    accounts = new Accounts(base, ADMIN_PASSWORD);
    Figures.record("run", "first start of the application (s)", seconds(app.startedIn()));
    Traffic.sent(ADMIN_PASSWORD);
    idleProbesSignedInAt = Instant.now();
    for (int i = 0; i < 3; i++) {
      idleProbes.add(signIn(DemoAccounts.AUDITOR_WENSU).token());
    }
    idleExpiry = scheduleIdleProbes();
  }

  /**
   * Token expiry, measured in the background while the other checks run: a session idle for the
   * limit minus 10 s, one idle for the limit plus 10 s, and the first again 20 s after its use.
   */
  private java.util.concurrent.CompletableFuture<List<Integer>> scheduleIdleProbes() {
    Duration idle = Duration.ofMinutes(IDLE_MINUTES);
    java.util.concurrent.Executor before =
        java.util.concurrent.CompletableFuture.delayedExecutor(
            idle.minusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
    return java.util.concurrent.CompletableFuture.supplyAsync(
            () -> anonymous().as(idleProbes.get(0)).get("/api/me").status(), before)
        .thenApplyAsync(
            justBefore ->
                List.of(
                    justBefore,
                    anonymous().as(idleProbes.get(1)).get("/api/me").status(),
                    anonymous().as(idleProbes.get(0)).get("/api/me").status()),
            java.util.concurrent.CompletableFuture.delayedExecutor(20, TimeUnit.SECONDS));
  }

  /** The statuses of the idle probes: limit - 10 s, limit + 10 s, the first used 20 s later. */
  List<Integer> idleExpiry() {
    try {
      return idleExpiry.get(IDLE_MINUTES * 60L + 120, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the idle probes did not finish", e);
    }
  }

  static synchronized Harness get() {
    if (instance == null) {
      try {
        instance = new Harness();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Harness started = instance;
      if (started.app != null) {
        Runtime.getRuntime().addShutdownHook(new Thread(started.app::close, "reliability-stop"));
      }
    }
    return instance;
  }

  Path root() {
    return root;
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  Path walArchive() {
    return walArchive;
  }

  int databasePort() {
    return databasePort;
  }

  RunningApplication app() {
    return app;
  }

  Http anonymous() {
    return accounts.anonymous();
  }

  /** A client signed in as the account ({@link Accounts#as}). */
  Http as(String username) {
    return accounts.as(username);
  }

  /** Forgets every session (after a restart that took longer than the idle limit). */
  void forgetSessions() {
    accounts.forgetSessions();
  }

  /** A new session of the account. */
  Http signIn(String username) {
    return accounts.signIn(username);
  }

  /** Creates an account (as {@code admin}) that {@link #as} and {@link #signIn} then know. */
  void createAccount(String json, String username, String password) {
    accounts.createAccount(json, username, password);
  }

  /** Three sessions signed in right after the start and not used since (for token expiry). */
  List<String> idleProbes() {
    return idleProbes;
  }

  Instant idleProbesSignedInAt() {
    return idleProbesSignedInAt;
  }

  synchronized Records records() {
    if (records == null) {
      records = new Records(accounts);
    }
    return records;
  }

  /** A connection to the application's database as the embedded cluster's superuser. */
  Connection database() throws SQLException {
    return database(databasePort);
  }

  static Connection database(int port) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/alliancecare", "postgres", "postgres");
  }

  String log() {
    if (app != null) {
      return app.log();
    }
    try {
      return Files.readString(dataDirectory.resolve("application.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- crash control ----------------------------------------------------------------------

  /** The Payara Micro process: the child of the launcher that listens on the application's port. */
  ProcessHandle server() {
    String port = "--port " + app.port();
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar"))
        .filter(p -> p.info().commandLine().orElse("").contains(port))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no Payara Micro process on " + port));
  }

  /**
   * SIGKILL to Payara Micro, as a power cut or the OOM killer would; the launcher then stops the
   * embedded database and exits. Answers when the launcher has gone.
   */
  void killServer() {
    ProcessHandle server = server();
    Optional<ProcessHandle> launcher = server.parent();
    server.destroyForcibly();
    await(server, Duration.ofSeconds(30));
    launcher.ifPresent(l -> await(l, Duration.ofSeconds(90)));
    app.stop();
  }

  /** Starts the launcher again on the same data directory and waits until it is ready. */
  Duration restart() {
    app.start();
    return app.startedIn();
  }

  private static void await(ProcessHandle process, Duration limit) {
    try {
      process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("process " + process.pid() + " did not exit in " + limit);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Path clusterDirectory() {
    return dataDirectory.resolve("postgres");
  }

  /** The folder of the embedded PostgreSQL binaries that run the cluster. */
  Path postgresBinaries() {
    try {
      String pid =
          Files.readAllLines(
                  clusterDirectory().resolve("postmaster.pid"), StandardCharsets.US_ASCII)
              .get(0)
              .strip();
      String command =
          ProcessHandle.of(Long.parseLong(pid))
              .flatMap(p -> p.info().command())
              .orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
      return Path.of(command).getParent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code pg_ctl stop -m immediate}: the server quits without a checkpoint, as in a crash. */
  void stopDatabaseImmediately(Path binaries) {
    Postgres.pgCtl(binaries, "stop", "-D", clusterDirectory().toString(), "-m", "immediate", "-w");
  }

  /** Starts the cluster again with the options the launcher started it with. */
  void startDatabase(Path binaries) {
    Postgres.startWithRecordedOptions(binaries, clusterDirectory(), root.resolve("pg-restart.log"));
  }

  static double seconds(Duration duration) {
    return Math.round(duration.toMillis() / 100.0) / 10.0;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
