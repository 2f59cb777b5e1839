package org.alliancecare.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.concurrent.TimeUnit;

/**
 * The cluster runner ({@code run cluster 3}) started from the launcher's distribution as its
 * documentation says, in a folder of the test's, on free loopback ports: HAProxy, the nodes, the
 * PostgreSQL primary and replica. The test speaks HTTP to the load balancer or to one node, reads
 * the primary or the replica directly, and kills nodes with SIGKILL (the runner starts them again).
 */
final class RunningCluster implements AutoCloseable {

  static final Duration READY_LIMIT = Duration.ofMinutes(10);

  final int nodes;
  final int balancerPort;
  final int firstNodePort;
  final int primaryPort;
  final Path directory;
  private final Path dataDirectory;
  private final Process runner;

  private RunningCluster(int nodes, Path dataDirectory) throws IOException {
    this.nodes = nodes;
    this.dataDirectory = dataDirectory;
    this.directory = dataDirectory.resolve("cluster");
    this.balancerPort = freePorts(nodes + 1);
    this.firstNodePort = balancerPort + 1;
    this.primaryPort = freePorts(2);
    int gridPort = freePorts(nodes);
    Path dist = Path.of(System.getProperty("alliancecare.dist"));
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-Dalliancecare.home=" + System.getProperty("alliancecare.home"),
                "-jar",
                dist.resolve("alliancecare.jar").toString(),
                "cluster",
                Integer.toString(nodes))
            .redirectErrorStream(true)
            .redirectOutput(dataDirectory.resolve("runner.log").toFile());
    Map<String, String> env = builder.environment();
    env.put("ALLIANCECARE_DATA_DIR", dataDirectory.toString());
    env.put("ALLIANCECARE_HTTP_PORT", Integer.toString(balancerPort));
    env.put("ALLIANCECARE_CLUSTER_NODE_PORT", Integer.toString(firstNodePort));
    env.put("ALLIANCECARE_CLUSTER_GRID_PORT", Integer.toString(gridPort));
    env.put("ALLIANCECARE_CLUSTER_DB_PORT", Integer.toString(primaryPort));
    env.put("ALLIANCECARE_ADMIN_PASSWORD", Harness.ADMIN_PASSWORD);
    env.put("ALLIANCECARE_JAVA_OPTS", "-Xms128m -Xmx384m -XX:+UseSerialGC");
    runner = builder.start();
  }

  static RunningCluster start(int nodes, Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      RunningCluster cluster = new RunningCluster(nodes, dataDirectory);
      cluster.awaitReady();
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + READY_LIMIT.toNanos();
    Path ready = directory.resolve("run").resolve("ready");
    while (System.nanoTime() < deadline) {
      if (!runner.isAlive()) {
        throw new IllegalStateException(
            "the cluster runner exited with " + runner.exitValue() + ":\n" + log());
      }
      if (Files.exists(ready) && balancerAnswersReady()) {
        return;
      }
      pause(500);
    }
    close();
    throw new IllegalStateException("the cluster was not ready within " + READY_LIMIT);
  }

  private boolean balancerAnswersReady() {
    return status(URI.create("http://127.0.0.1:" + balancerPort + "/health/ready")) == 200;
  }

  URI balancer() {
    return URI.create("http://127.0.0.1:" + balancerPort + "/");
  }

  URI node(int node) {
    return URI.create("http://127.0.0.1:" + (firstNodePort + node - 1) + "/");
  }

  static String nodeName(int node) {
    return "node-" + node;
  }

  /** The node's Payara Micro process, as the runner wrote it. */
  long pid(int node) {
    try {
      return Long.parseLong(
          Files.readString(
                  directory.resolve("run").resolve(nodeName(node) + ".pid"),
                  StandardCharsets.US_ASCII)
              .strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until every node answers ready (one killed by an earlier check is back). */
  void awaitEveryNodeReady() {
    long deadline = System.nanoTime() + READY_LIMIT.toNanos();
    for (int node = 1; node <= nodes; node++) {
      while (status(node(node).resolve("/health/ready")) != 200) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(nodeName(node) + " not ready within " + READY_LIMIT);
        }
        pause(250);
      }
    }
  }

  /**
   * The nodes that answer ready now, once at least {@code least} do: a test need not wait for a
   * node still starting again after an earlier kill.
   */
  List<Integer> awaitReadyNodes(int least) {
    long deadline = System.nanoTime() + READY_LIMIT.toNanos();
    while (true) {
      List<Integer> ready = new ArrayList<>();
      for (int node = 1; node <= nodes; node++) {
        if (status(node(node).resolve("/health/ready")) == 200) {
          ready.add(node);
        }
      }
      if (ready.size() >= least) {
        return ready;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "fewer than " + least + " nodes ready within " + READY_LIMIT + ": " + ready);
      }
      pause(250);
    }
  }

  /** SIGKILL to the node's JVM; answers when it is gone. */
  void kill(int node) {
    long pid = pid(node);
    ProcessHandle.of(pid)
        .ifPresent(
            process -> {
              process.destroyForcibly();
              process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
  }

  /** Waits until the runner has started the node again and it answers ready. */
  Duration awaitNodeReady(int node, long killedPid) {
    long began = System.nanoTime();
    long deadline = began + READY_LIMIT.toNanos();
    URI ready = node(node).resolve("/health/ready");
    while (System.nanoTime() < deadline) {
      if (pid(node) != killedPid && status(ready) == 200) {
        return Duration.ofNanos(System.nanoTime() - began);
      }
      pause(250);
    }
    throw new IllegalStateException(nodeName(node) + " did not come back within " + READY_LIMIT);
  }

  String databasePassword() {
    try {
      return Files.readString(
              directory.resolve("secrets").resolve("db-password"), StandardCharsets.US_ASCII)
          .strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Connection primary() throws SQLException {
    return connect(primaryPort);
  }

  Connection replica() throws SQLException {
    return connect(primaryPort + 1);
  }

  Connection connect(int port) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/alliancecare?connectTimeout=5",
        "postgres",
        databasePassword());
  }

  /** The PostgreSQL server's process id, from its {@code postmaster.pid}. */
  long postmaster(String server) throws IOException {
    return Long.parseLong(
        Files.readAllLines(directory.resolve(server).resolve("postmaster.pid")).get(0).strip());
  }

  /**
   * The CPU time of the primary's PostgreSQL processes: the postmaster and its children, the
   * backends of the nodes' pooled connections among them (which live as long as their connection).
   */
  Duration databaseCpu() throws IOException {
    return ProcessHandle.of(postmaster("primary"))
        .map(
            postmaster ->
                postmaster
                    .descendants()
                    .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                    .reduce(
                        postmaster.info().totalCpuDuration().orElse(Duration.ZERO), Duration::plus))
        .orElse(Duration.ZERO);
  }

  String log() {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(dataDirectory.resolve("runner.log")));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no runner log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    if (!runner.isAlive()) {
      return;
    }
    runner.destroy();
    try {
      if (!runner.waitFor(180, TimeUnit.SECONDS)) {
        runner.descendants().forEach(ProcessHandle::destroyForcibly);
        runner.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The node's {@code /metrics} in Prometheus' text form (asked for explicitly: with {@code Accept:
   * application/json}, as the harness's client sends, MicroProfile Metrics answers JSON).
   */
  String metrics(int node) {
    try {
      return HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .build()
          .send(
              HttpRequest.newBuilder(node(node).resolve("/metrics"))
                  .header("Accept", "text/plain")
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static int status(URI uri) {
    try {
      return HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .build()
          .send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The first of {@code count} consecutive free ports. */
  private static int freePorts(int count) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int first;
      try (ServerSocket socket = new ServerSocket(0)) {
        first = socket.getLocalPort();
      }
      if (first + count > 65_000) {
        continue;
      }
      boolean free = true;
      for (int port = first; port < first + count && free; port++) {
        try (ServerSocket probe = new ServerSocket(port)) {
          probe.setReuseAddress(true);
        } catch (IOException e) {
          free = false;
        }
      }
      if (free) {
        return first;
      }
    }
    throw new IOException("no " + count + " consecutive free ports");
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
