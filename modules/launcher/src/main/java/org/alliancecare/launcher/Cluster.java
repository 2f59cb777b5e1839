package org.alliancecare.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * The cluster runner ({@code ./run cluster [n]}): a PostgreSQL primary and streaming replica
 * ({@link ReplicatedDatabase}), {@code n} Payara Micro instances of the same WAR forming one Payara
 * data grid (Hazelcast, TCP/IP discovery on loopback, backups on another member although all share
 * one address), and HAProxy in front ({@link LoadBalancer}). The first node starts alone (it
 * migrates the schema and creates the first accounts), then the others together. A node that exits
 * by itself (killed, crashed) is started again after a second, as a service manager would; its
 * process id is in {@code <cluster>/run/node-k.pid}. SIGTERM or Ctrl-C stops the load balancer, the
 * nodes, the replica and the primary, in that order.
 */
final class Cluster {

  private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
  private static final Duration READY_LIMIT = Duration.ofMinutes(5);
  private static final Duration RESTART_PAUSE = Duration.ofSeconds(1);

  private final Settings settings;
  private final ClusterSettings cluster;
  private final List<Node> nodes = new ArrayList<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean stopping;
  private volatile ReplicatedDatabase database;
  private volatile LoadBalancer balancer;

  Cluster(Settings settings, ClusterSettings cluster) {
    this.settings = settings;
    this.cluster = cluster;
  }

  int run() throws Exception {
    Signal.handle(new Signal("TERM"), signal -> stopAll());
    Signal.handle(new Signal("INT"), signal -> stopAll());
    Files.createDirectories(cluster.directory().resolve("run"));
    Files.createDirectories(cluster.directory().resolve("logs"));
    try {
      Map<String, String> environment = nodeEnvironment();
      writePreBootCommands();
      for (int k = 1; k <= cluster.nodes(); k++) {
        nodes.add(new Node(k, environment));
      }
      nodes.get(0).start();
      nodes.get(0).awaitReady();
      for (Node node : nodes.subList(1, nodes.size())) {
        node.start();
      }
      for (Node node : nodes.subList(1, nodes.size())) {
        node.awaitReady();
      }
      if (!stopping) {
        balancer = LoadBalancer.start(cluster);
        Files.writeString(
            cluster.directory().resolve("run").resolve("ready"),
            Instant.now().toString(),
            StandardCharsets.UTF_8);
        LOG.info(
            "the cluster is ready on http://localhost:"
                + cluster.balancerPort()
                + "/ ("
                + cluster.nodes()
                + " nodes on ports "
                + cluster.nodePort(1)
                + "-"
                + cluster.nodePort(cluster.nodes())
                + "; logs in "
                + cluster.directory().resolve("logs")
                + ")");
      }
      stopped.await();
      return 0;
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "the cluster could not start: " + e.getMessage());
      stopAll();
      stopped.await(5, TimeUnit.MINUTES);
      return 1;
    }
  }

  private Map<String, String> nodeEnvironment() throws Exception {
    Path secrets = cluster.directory().resolve("secrets");
    Files.createDirectories(secrets);
    String password = LocalSecrets.secret(secrets, "db-password");
    database = ReplicatedDatabase.start(cluster, password);
    Map<String, String> environment = new HashMap<>(database.nodeEnvironment());
    if (blank(System.getenv("ALLIANCECARE_ID_KEY"))) {
      environment.put("ALLIANCECARE_ID_KEY", LocalSecrets.identityNumberKey(cluster.directory()));
    }
    // export files and the import spool: one folder for every node, so that any node serves an
    // export another wrote and resumes an import another began (docs/operations/scale-out.md)
    Path shared = cluster.directory().resolve("shared");
    environment.put("ALLIANCECARE_DATA_DIR", cluster.directory().toString());
    environment.put("ALLIANCECARE_EXPORT_DIR", shared.resolve("exports").toString());
    environment.put("ALLIANCECARE_IMPORTS_SPOOL", shared.resolve("imports").toString());
    if (blank(System.getenv("ALLIANCECARE_DEMO"))) {
      // a cluster on one machine is a drill: its demo accounts as with the embedded database
      environment.put("ALLIANCECARE_DEMO", "true");
    }
    return environment;
  }

  /**
   * The installation's pre-boot commands, and web sessions kept in the data grid: a single node
   * runs without the grid, so {@code config/pre-boot-commands.asadmin} turns the web container's
   * availability off; a node of the cluster needs it on, or its sessions stay in its memory
   * although the WAR is distributable.
   */
  private void writePreBootCommands() throws IOException {
    Path installation = settings.home().resolve("config").resolve("pre-boot-commands.asadmin");
    List<String> commands =
        new ArrayList<>(
            Files.isRegularFile(installation)
                ? Files.readAllLines(installation, StandardCharsets.UTF_8)
                : List.of());
    commands.add(
        "# run cluster: the HTTP sessions in the data grid (Payara's Hazelcast persistence)");
    commands.add(
        "set configs.config.server-config.availability-service.web-container-availability"
            + ".availability-enabled=true");
    Files.write(preBootCommands(), commands, StandardCharsets.UTF_8);
  }

  private Path preBootCommands() {
    return cluster.directory().resolve("pre-boot-commands.asadmin");
  }

  private synchronized void stopAll() {
    if (stopping) {
      return;
    }
    stopping = true;
    Thread stopper =
        new Thread(
            () -> {
              try {
                LoadBalancer running = balancer;
                if (running != null) {
                  running.close();
                }
                List<Thread> stops = new ArrayList<>();
                for (Node node : nodes) {
                  Thread stop = new Thread(node::stop, "stop-" + node.name);
                  stop.start();
                  stops.add(stop);
                }
                for (Thread stop : stops) {
                  stop.join();
                }
                ReplicatedDatabase db = database;
                if (db != null) {
                  db.close();
                }
                LOG.info("the cluster stopped");
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                stopped.countDown();
              }
            },
            "alliancecare-cluster-stop");
    stopper.start();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** One Payara Micro instance of the WAR, started again whenever it exits by itself. */
  private final class Node {

    private final int number;
    private final String name;
    private final Map<String, String> environment;
    private volatile Process process;
    private Thread watcher;

    Node(int number, Map<String, String> environment) {
      this.number = number;
      this.name = ClusterSettings.nodeName(number);
      this.environment = environment;
    }

    synchronized void start() throws IOException {
      if (stopping) {
        return;
      }
      List<String> dataGrid =
          List.of(
              "--clustermode",
              "tcpip:" + cluster.gridMembers(),
              "--startport",
              Integer.toString(cluster.gridPort(number)),
              "--interfaces",
              "127.0.0.1",
              "--clustername",
              "alliancecare-" + cluster.balancerPort(),
              "--nohostaware",
              "--name",
              name);
      ProcessBuilder builder =
          new ProcessBuilder(
                  Launcher.payaraCommand(
                      settings, cluster.nodePort(number), dataGrid, preBootCommands()))
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(
                      cluster.directory().resolve("logs").resolve(name + ".log").toFile()));
      builder.environment().putAll(environment);
      builder.environment().put("ALLIANCECARE_NODE_NAME", name);
      process = builder.start();
      // written whole, then renamed: a reader never sees half a file
      Path run = cluster.directory().resolve("run");
      Path written =
          Files.writeString(
              run.resolve(name + ".pid.new"),
              Long.toString(process.pid()),
              StandardCharsets.US_ASCII);
      Files.move(
          written,
          run.resolve(name + ".pid"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      LOG.info(
          name + " starting on port " + cluster.nodePort(number) + " (pid " + process.pid() + ")");
      Process started = process;
      watcher = new Thread(() -> watch(started), "watch-" + name);
      watcher.setDaemon(true);
      watcher.start();
    }

    private void watch(Process started) {
      try {
        int exit = started.waitFor();
        if (stopping || started != process) {
          return;
        }
        LOG.warning(name + " exited by itself (exit code " + exit + "); starting it again");
        Thread.sleep(RESTART_PAUSE.toMillis());
        start();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        LOG.log(Level.SEVERE, name + " could not be started again", e);
      }
    }

    void awaitReady() throws IOException, InterruptedException {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      URI ready = URI.create("http://127.0.0.1:" + cluster.nodePort(number) + "/health/ready");
      Instant deadline = Instant.now().plus(READY_LIMIT);
      while (!stopping && Instant.now().isBefore(deadline)) {
        try {
          HttpResponse<Void> answer =
              client.send(
                  HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.discarding());
          if (answer.statusCode() == 200) {
            LOG.info(name + " is ready");
            return;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(500);
      }
      if (!stopping) {
        throw new IOException(name + " was not ready within " + READY_LIMIT);
      }
    }

    void stop() {
      Process running;
      synchronized (this) {
        running = process;
      }
      if (running == null || !running.isAlive()) {
        return;
      }
      try {
        running.destroy();
        if (!running.waitFor(60, TimeUnit.SECONDS)) {
          LOG.warning(name + " did not stop in time; killing it");
          running.destroyForcibly().waitFor();
        }
        LOG.info(name + " stopped");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
