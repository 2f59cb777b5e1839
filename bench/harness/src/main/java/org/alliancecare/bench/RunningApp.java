package org.alliancecare.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server process under measurement: AllianceCare started as the README starts it ({@code java
 * -jar alliancecare.jar} of the launcher's distribution, embedded PostgreSQL on a data directory),
 * or the empty WAR on the same {@code payara-micro.jar} with the same JVM options. Times start when
 * the process is started and end when {@code /health/ready} first answers 200.
 */
final class RunningApp implements AutoCloseable {

  static final Duration READY_LIMIT = Duration.ofMinutes(6);

  private final Process process;
  private final int httpPort;
  private final int databasePort;
  private final Path log;
  private final Duration startedIn;

  private RunningApp(
      Process process, int httpPort, int databasePort, Path log, Duration startedIn) {
    this.process = process;
    this.httpPort = httpPort;
    this.databasePort = databasePort;
    this.log = log;
    this.startedIn = startedIn;
  }

  /**
   * Starts AllianceCare with the launcher of {@code dist}, its embedded database in {@code
   * dataDirectory} on {@code databasePort}, and waits until it is ready.
   */
  static RunningApp alliancecare(
      Path dist,
      Path home,
      Path dataDirectory,
      int httpPort,
      int databasePort,
      String adminPassword)
      throws IOException, InterruptedException {
    return alliancecare(dist, home, dataDirectory, httpPort, databasePort, adminPassword, Map.of());
  }

  /**
   * Starts AllianceCare as {@link #alliancecare(Path, Path, Path, int, int, String)} does, with
   * more environment for its processes (e.g. {@code JDK_JAVA_OPTIONS} for a profiled start).
   */
  static RunningApp alliancecare(
      Path dist,
      Path home,
      Path dataDirectory,
      int httpPort,
      int databasePort,
      String adminPassword,
      Map<String, String> environment)
      throws IOException, InterruptedException {
    Files.createDirectories(dataDirectory);
    List<String> command =
        List.of(
            java(),
            "-Xmx96m",
            "-Dalliancecare.home=" + home,
            "-jar",
            dist.resolve("alliancecare.jar").toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("ALLIANCECARE_"));
    env.put("ALLIANCECARE_DATA_DIR", dataDirectory.toString());
    env.put("ALLIANCECARE_HTTP_PORT", Integer.toString(httpPort));
    env.put("ALLIANCECARE_EMBEDDED_DB_PORT", Integer.toString(databasePort));
    env.put("ALLIANCECARE_ADMIN_PASSWORD", adminPassword);
    env.putAll(environment);
    return start(builder, dataDirectory.resolve("application.log"), httpPort, databasePort);
  }

  /**
   * Starts {@code war} on the distribution's {@code payara-micro.jar} as the launcher starts
   * AllianceCare's (same JVM options and flags, no database).
   */
  static RunningApp emptyWar(Path dist, Path war, Path workDirectory, int httpPort)
      throws IOException, InterruptedException {
    Files.createDirectories(workDirectory);
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(List.of("-Xms192m", "-Xmx512m", "-XX:+UseSerialGC"));
    command.addAll(
        List.of(
            "-jar",
            dist.resolve("payara-micro.jar").toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort),
            "--nohazelcast",
            "--disablephonehome"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile());
    return start(builder, workDirectory.resolve("empty-app.log"), httpPort, 0);
  }

  private static RunningApp start(ProcessBuilder builder, Path log, int httpPort, int databasePort)
      throws IOException, InterruptedException {
    awaitFree(httpPort);
    if (databasePort > 0) {
      awaitFree(databasePort);
    }
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long began = System.nanoTime();
    Process process = builder.start();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://localhost:" + httpPort + "/health/ready");
    long deadline = began + READY_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the server exited with " + process.exitValue() + " before it was ready; see " + log);
      }
      try {
        HttpResponse<String> answer =
            client.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return new RunningApp(
              process, httpPort, databasePort, log, Duration.ofNanos(System.nanoTime() - began));
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "the server was not ready within " + READY_LIMIT + "; see " + log);
  }

  /**
   * Waits until nothing listens on the port any more (a server stopped just before may still hold
   * it for a moment), so that the next one does not start without its listener.
   */
  private static void awaitFree(int port) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
        probe.setReuseAddress(true);
        probe.bind(new java.net.InetSocketAddress(port));
        return;
      } catch (IOException e) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("port " + port + " is still in use after 60 s");
  }

  URI base() {
    return URI.create("http://localhost:" + httpPort);
  }

  /** From starting the process to the first {@code 200} of {@code /health/ready}. */
  Duration startedIn() {
    return startedIn;
  }

  /**
   * From the start of the Payara Micro process (the launcher's child, started once the embedded
   * database is up) to ready: the part of {@link #startedIn()} spent by the application server.
   */
  Optional<Duration> serverStartedIn() {
    Optional<Long> server = serverPid();
    if (server.isEmpty()) {
      return Optional.empty();
    }
    Optional<Long> launcherTicks = startTicks(process.pid());
    Optional<Long> serverTicks = startTicks(server.get());
    if (launcherTicks.isEmpty() || serverTicks.isEmpty()) {
      return Optional.empty();
    }
    long ticksPerSecond = 100;
    Duration launcherToServer =
        Duration.ofMillis((serverTicks.get() - launcherTicks.get()) * 1000 / ticksPerSecond);
    return Optional.of(startedIn.minus(launcherToServer));
  }

  /** The process that runs Payara Micro: the launcher's child, or the process itself. */
  Optional<Long> serverPid() {
    Optional<ProcessHandle> child =
        process
            .toHandle()
            .children()
            .filter(p -> commandOf(p).contains("payara-micro"))
            .findFirst();
    if (child.isPresent()) {
      return Optional.of(child.get().pid());
    }
    return commandOf(process.toHandle()).contains("payara-micro")
        ? Optional.of(process.pid())
        : Optional.empty();
  }

  /** Resident memory (VmRSS) of the Payara Micro process, in MiB. */
  double serverResidentMiB() throws IOException {
    long pid = serverPid().orElseThrow(() -> new IllegalStateException("no Payara process"));
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        String kib = line.substring("VmRSS:".length()).replace("kB", "").strip();
        return Long.parseLong(kib) / 1024.0;
      }
    }
    throw new IllegalStateException("no VmRSS for process " + pid);
  }

  /**
   * The Java heap in use right after a full collection ({@code jcmd GC.run}, then {@code
   * GC.heap_info}), in MiB: what the server really keeps, where the resident memory also counts
   * heap that the collector has not returned.
   */
  double serverHeapAfterFullGcMiB() throws IOException, InterruptedException {
    long pid = serverPid().orElseThrow(() -> new IllegalStateException("no Payara process"));
    Profiler.diagnostic(pid, "GC.run");
    String info = Profiler.diagnostic(pid, "GC.heap_info");
    java.util.regex.Matcher used =
        java.util.regex.Pattern.compile("(?:generation|heap)\\s+total \\d+K, used (\\d+)K")
            .matcher(info);
    long kib = 0;
    boolean found = false;
    while (used.find()) {
      kib += Long.parseLong(used.group(1));
      found = true;
    }
    if (!found) {
      throw new IllegalStateException("no heap figures in GC.heap_info: " + info);
    }
    return kib / 1024.0;
  }

  /** CPU time (user and system) of the Payara Micro process so far, in ms. */
  long serverCpuMillis() {
    long pid = serverPid().orElseThrow(() -> new IllegalStateException("no Payara process"));
    try {
      String stat =
          Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A JDBC connection to the embedded database, as its owner. */
  Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + databasePort + "/alliancecare?user=postgres");
  }

  int databasePort() {
    return databasePort;
  }

  Path log() {
    return log;
  }

  /** Stops it as an operator does (SIGTERM) and waits for it. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static String commandOf(ProcessHandle process) {
    return process.info().commandLine().orElse("");
  }

  /** The process's start time in clock ticks since boot (field 22 of /proc/pid/stat). */
  private static Optional<Long> startTicks(long pid) {
    try {
      String stat =
          Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Optional.of(Long.parseLong(fields[19]));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
