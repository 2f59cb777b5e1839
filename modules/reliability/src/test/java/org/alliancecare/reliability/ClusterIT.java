package org.alliancecare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.alliancecare.testing.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole cluster as {@code run cluster 3} starts it (docs/operations/scale-out.md): three Payara
 * Micro nodes in one data grid behind HAProxy, over a PostgreSQL primary and its streaming replica.
 * A token revoked on one node is refused by the others within a second; one {@code Idempotency-Key}
 * sent to two nodes at once makes one record; a signed-in browser carries on, its page's form
 * included, when its node is killed; screenings recorded through the load balancer by client
 * threads while nodes are killed with SIGKILL at random moments (and started again by the runner)
 * are all there exactly once; and, last, the replica is promoted when the primary is stopped, and
 * the nodes write to it with every acknowledged write kept.
 */
@Order(6)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String SECTION = "6. cluster";
  private static final int NODES = 3;
  private static final int WORKERS = 4;

  private static RunningCluster cluster;
  private static Accounts accounts;
  private static Records records;
  private static final List<String> children = new ArrayList<>();
  private static final List<Write> writes = new CopyOnWriteArrayList<>();
  private static final AtomicInteger serial = new AtomicInteger();
  private final Random random = new Random(Long.getLong("reliability.seed", System.nanoTime()));

  /** A screening the client sent, with what it learned of it. */
  static final class Write {
    final String key = UUID.randomUUID().toString();
    final String patient;
    final Instant performedAt;
    volatile String id;
    volatile String lastAnswer;

    Write(String patient, Instant performedAt) {
      this.patient = patient;
      this.performedAt = performedAt;
    }

    String body() {
      return """
          {"patientId": "%s", "kind": "HEARING", "method": "PURE_TONE", "performedAt": "%s",
           "measurements": {"rightEar": {"500": 45, "1000": 45, "2000": 45, "4000": 45},
                            "leftEar": {"500": 15, "1000": 15, "2000": 10, "4000": 15}}}"""
          .formatted(patient, performedAt);
    }
  }

  @BeforeAll
  static void startCluster() throws IOException {
    Path root = Files.createTempDirectory("reliability-cluster-");
    Instant began = Instant.now();
    cluster = RunningCluster.start(NODES, root);
    Figures.record(
        SECTION,
        "cluster start: primary, replica, " + NODES + " nodes, HAProxy (s)",
        Harness.seconds(Duration.between(began, Instant.now())));
    accounts = new Accounts(cluster.balancer(), Harness.ADMIN_PASSWORD);
    records = new Records(accounts);
    for (int i = 0; i < 8; i++) {
      children.add(records.child());
    }
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void a_session_signed_out_on_one_node_is_refused_by_the_others_within_a_second() {
    List<Double> delays = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      Http.Answer session =
          new Http(cluster.node(1))
              .post(
                  "/api/session",
                  "{\"username\": \"%s\", \"password\": \"%s\"}"
                      .formatted(
                          DemoAccounts.AUDITOR_WENSU,
                          DemoAccounts.password(DemoAccounts.AUDITOR_WENSU)));
      assertThat(session.status()).isEqualTo(200);
      String token = session.json().getString("token");
      for (int node = 1; node <= NODES; node++) {
        // each node has the token in its cache of validated tokens
        assertThat(new Http(cluster.node(node)).as(token).get("/api/me").status()).isEqualTo(200);
      }
      assertThat(new Http(cluster.node(1)).as(token).delete("/api/session").status())
          .isEqualTo(204);
      long signedOut = System.nanoTime();
      for (int node = 2; node <= NODES; node++) {
        Http other = new Http(cluster.node(node)).as(token);
        while (other.get("/api/me").status() == 200) {
          assertThat(Duration.ofNanos(System.nanoTime() - signedOut))
              .as("node-%d still accepts a token signed out on node-1", node)
              .isLessThan(Duration.ofSeconds(5));
          RunningCluster.pause(20);
        }
      }
      delays.add((System.nanoTime() - signedOut) / 1e6);
    }
    Figures.record(SECTION, "sign-out on node-1 to 401 on node-2 and node-3, each (ms)", delays);
    assertThat(delays).allSatisfy(ms -> assertThat(ms).isLessThan(1_000.0));
  }

  @Test
  @Order(2)
  void one_idempotency_key_sent_to_two_nodes_at_once_creates_one_record() throws Exception {
    String token = accounts.as(DemoAccounts.DOCTOR_WENSU).token();
    int rounds = Mode.current() == Mode.LONG ? 50 : 10;
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < rounds; round++) {
        Write write = new Write(children.get(round % children.size()), nextMoment());
        List<Future<Http.Answer>> answers = new ArrayList<>();
        for (int node = 1; node <= 2; node++) {
          Http client = new Http(cluster.node(node)).as(token).key(write.key);
          answers.add(pool.submit(() -> client.post("/api/screenings", write.body())));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Http.Answer> answer : answers) {
          Http.Answer got = answer.get(60, TimeUnit.SECONDS);
          statuses.add(got.status());
          assertThat(got.status()).as(got.body()).isIn(201, 409);
          if (got.status() == 201) {
            ids.add(got.id());
          }
        }
        assertThat(ids).isNotEmpty();
        assertThat(ids.stream().distinct()).hasSize(1);
        write.id = ids.get(0);
        writes.add(write);
        assertThat(rowsOf(write)).as("screenings stored for key %s", write.key).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    Figures.record(
        SECTION,
        "one key to node-1 and node-2 at once: rounds, answers 201 / 409",
        rounds
            + ", "
            + statuses.stream().filter(s -> s == 201).count()
            + " / "
            + statuses.stream().filter(s -> s == 409).count());
  }

  @Test
  @Order(3)
  void a_signed_in_browser_carries_on_with_its_page_when_its_node_is_killed() throws Exception {
    Path profile = Files.createTempDirectory("cluster-browser-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=en",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    int killedNode = 0;
    long killedPid = 0;
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
      browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      browser.get(cluster.balancer().resolve("/signin.xhtml").toString());
      browser.findElement(By.id("signin:username")).sendKeys(DemoAccounts.DOCTOR_WENSU);
      browser
          .findElement(By.id("signin:password"))
          .sendKeys(DemoAccounts.password(DemoAccounts.DOCTOR_WENSU));
      browser.findElement(By.id("signin:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
      String who = browser.findElement(By.id("who")).getText();
      Cookie stuck = browser.manage().getCookieNamed("ACNODE");
      assertThat(stuck).as("the load balancer's node cookie").isNotNull();
      int node = Integer.parseInt(stuck.getValue().substring("node-".length()));
      long killed = cluster.pid(node);

      killedNode = node;
      killedPid = killed;
      Traffic.outage(true);
      cluster.kill(node);
      long began = System.nanoTime();
      // the page the browser shows was made on the killed node: its form posts back to another
      browser.findElement(By.id("shell:lang-zh")).click();
      wait.until(
          driver ->
              "zh-CN".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))
                  || driver.getCurrentUrl().contains("signin"));
      assertThat(browser.getCurrentUrl()).as("still signed in").doesNotContain("signin");
      assertThat(browser.findElement(By.id("who")).getText()).isEqualTo(who);
      double failover = (System.nanoTime() - began) / 1e6;
      assertThat(browser.manage().getCookieNamed("ACNODE").getValue())
          .isNotEqualTo(stuck.getValue());

      browser.findElement(By.id("shell:lang-en")).click();
      wait.until(
          driver -> "en".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
      browser.get(cluster.balancer().resolve("/app/doctor/today.xhtml").toString());
      assertThat(browser.findElement(By.id("who")).getText()).isEqualTo(who);
      // and signing out, on whichever node, ends the session on every node
      browser.findElement(By.id("shell:sign-out")).click();
      wait.until(driver -> driver.getCurrentUrl().contains("signin"));
      browser.get(cluster.balancer().resolve("/app/home.xhtml").toString());
      assertThat(browser.getCurrentUrl()).as("signed out").contains("signin");
      Figures.record(
          SECTION,
          "browser's node killed: its page's next post answered by another node (ms)",
          failover);
    } finally {
      browser.quit();
      service.stop();
      if (killedNode > 0) {
        cluster.awaitNodeReady(killedNode, killedPid);
        Traffic.outage(false);
      }
    }
  }

  @Test
  @Order(4)
  void every_acknowledged_write_is_there_once_when_nodes_are_killed_under_load() throws Exception {
    // the browser's node may still be starting again: the load goes through HAProxy to the others,
    // and the node killed is one that serves
    cluster.awaitReadyNodes(2);
    int kills = Mode.current() == Mode.LONG ? 12 : 1;
    AtomicLong acknowledged = new AtomicLong();
    AtomicLong unknown = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    List<Double> restarts = new ArrayList<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    List<Future<?>> workers = new ArrayList<>();
    List<Write> sent = new CopyOnWriteArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      workers.add(
          pool.submit(
              () -> {
                while (running.get()) {
                  Write write =
                      new Write(children.get(serial.get() % children.size()), nextMoment());
                  sent.add(write);
                  switch (send(write)) {
                    case ACKNOWLEDGED -> acknowledged.incrementAndGet();
                    case UNKNOWN -> unknown.incrementAndGet();
                    case REFUSED -> refused.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    try {
      for (int k = 0; k < kills; k++) {
        RunningCluster.pause(2_000 + random.nextInt(4_000));
        List<Integer> serving = cluster.awaitReadyNodes(2);
        int node = serving.get(random.nextInt(serving.size()));
        long killed = cluster.pid(node);
        Traffic.outage(true);
        cluster.kill(node);
        Duration back = cluster.awaitNodeReady(node, killed);
        RunningCluster.pause(2_000); // HAProxy puts it back after two good checks
        Traffic.outage(false);
        restarts.add(Harness.seconds(back));
      }
      RunningCluster.pause(2_000);
    } finally {
      running.set(false);
      for (Future<?> worker : workers) {
        worker.get(300, TimeUnit.SECONDS);
      }
      pool.shutdownNow();
    }
    // every write whose outcome the client did not learn, sent again with its key until answered
    for (Write write : sent) {
      for (int attempt = 0; write.id == null && attempt < 20; attempt++) {
        if (send(write) != Outcome.ACKNOWLEDGED) {
          RunningCluster.pause(500);
        }
      }
    }
    writes.addAll(sent);
    List<String> problems = verify(sent);
    Figures.record(
        SECTION, "nodes killed with SIGKILL under load, then started by the runner", kills);
    Figures.record(SECTION, "killed node back and ready, each (s)", restarts);
    Figures.record(SECTION, "client threads through HAProxy", WORKERS);
    Figures.record(SECTION, "screenings sent", sent.size());
    Figures.record(SECTION, "acknowledged at once (201)", acknowledged.get());
    Figures.record(
        SECTION, "outcome unknown (error, 5xx or timeout), settled by retry", unknown.get());
    Figures.record(SECTION, "refused (4xx other than 409)", refused.get());
    Figures.record(SECTION, "acknowledged writes lost or duplicated", problems.size());
    if (!problems.isEmpty()) {
      Figures.record(SECTION, "first problems", problems.subList(0, Math.min(5, problems.size())));
    }
    assertThat(refused.get()).isZero();
    assertThat(sent).allSatisfy(write -> assertThat(write.id).as(write.lastAnswer).isNotNull());
    assertThat(problems).isEmpty();
  }

  @Test
  @Order(5)
  void reports_and_audit_searches_read_the_caught_up_replica_and_its_lag_is_shown() {
    cluster.awaitEveryNodeReady();
    // after the load of the checks before, the replica may still be replaying: until it has caught
    // up, reads rightly fall back to the primary
    long began = System.nanoTime();
    while (replicaLagBytes() != 0) {
      assertThat(Duration.ofNanos(System.nanoTime() - began))
          .as("the replica catching up after the load")
          .isLessThan(Duration.ofMinutes(3));
      RunningCluster.pause(250);
    }
    Figures.record(
        SECTION,
        "replica caught up after the load (s)",
        Harness.seconds(Duration.ofNanos(System.nanoTime() - began)));
    double before = readsOnReplica();
    Http coordinator = accounts.as(DemoAccounts.COORDINATOR);
    Http auditor = accounts.as(DemoAccounts.AUDITOR_WENSU);
    for (int i = 0; i < 6; i++) {
      assertThat(coordinator.get("/api/reports/alliances").status()).isEqualTo(200);
      Http.Answer journal = auditor.get("/api/audit/journal?streamType=Screening&limit=5");
      assertThat(journal.status()).as(journal.body()).isEqualTo(200);
    }
    double served = readsOnReplica() - before;
    Figures.record(SECTION, "of 12 reports and journal searches, read on the replica", served);
    assertThat(served).isPositive();

    // the Bulk Data export reads each page of patients' screenings, referrals and cases there too
    double beforeExport = readsOnReplica();
    Instant kickedOff = Instant.now();
    jakarta.json.JsonObject manifest =
        exported(coordinator, "/fhir/$export?_type=Observation,ServiceRequest,EpisodeOfCare");
    Figures.record(
        SECTION,
        "bulk export of screenings, referrals and cases (s)",
        Harness.seconds(Duration.between(kickedOff, Instant.now())));
    assertThat(manifest.getJsonArray("output").toString()).contains("\"Observation\"");
    double exportPages = readsOnReplica() - beforeExport;
    Figures.record(SECTION, "bulk export's pages read on the replica", exportPages);
    assertThat(exportPages).as("one page of patients per type at least").isGreaterThanOrEqualTo(3);
    for (int node = 1; node <= NODES; node++) {
      jakarta.json.JsonObject replica =
          new Http(cluster.node(node))
                  .get("/health")
                  .json()
                  .getJsonArray("checks")
                  .getValuesAs(jakarta.json.JsonObject.class)
                  .stream()
                  .filter(check -> check.getString("name").equals("replica"))
                  .findFirst()
                  .orElseThrow();
      assertThat(replica.getString("status")).isEqualTo("UP");
      assertThat(replica.getJsonObject("data").toString())
          .contains("\"configured\":\"true\"")
          .contains("\"reachable\":\"true\"");
      assertThat(cluster.metrics(node))
          .containsPattern("(?m)^alliancecare_replica_lag_bytes(\\{[^}]*})? [0-9.Ee+-]+$");
    }
  }

  /** Kicks off a Bulk Data export and polls its status (on any node) until the manifest comes. */
  private static jakarta.json.JsonObject exported(Http as, String kickOffPath) {
    Http.Answer kickOff = as.with("Prefer", "respond-async").get(kickOffPath);
    assertThat(kickOff.status()).as(kickOff.toString()).isEqualTo(202);
    String status = kickOff.header("Content-Location").orElseThrow();
    long began = System.nanoTime();
    while (true) {
      Http.Answer poll = as.get(status);
      if (poll.status() == 200) {
        return poll.json();
      }
      assertThat(poll.status()).as(poll.toString()).isEqualTo(202);
      assertThat(Duration.ofNanos(System.nanoTime() - began))
          .as("the export's run")
          .isLessThan(Duration.ofMinutes(5));
      RunningCluster.pause(500);
    }
  }

  /** The replica's lag in WAL bytes as node 1 measures it ({@code /metrics}), -1 if unknown. */
  private static double replicaLagBytes() {
    for (String line : cluster.metrics(1).split("\n")) {
      if (line.startsWith("alliancecare_replica_lag_bytes")) {
        String value = line.substring(line.lastIndexOf(' ') + 1);
        return value.equals("NaN") ? -1 : Double.parseDouble(value);
      }
    }
    return -1;
  }

  /** Stale-tolerant reads served by the replica, summed over the nodes' {@code /metrics}. */
  private static double readsOnReplica() {
    double total = 0;
    for (int node = 1; node <= NODES; node++) {
      for (String line : cluster.metrics(node).split("\n")) {
        if (line.startsWith("alliancecare_replica_reads_total{")
            && line.contains("served_by=\"replica\"")) {
          total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
    }
    return total;
  }

  /**
   * Not a scaling test: the nodes, PostgreSQL, HAProxy and the clients share this machine's cores.
   * Screenings recorded for a while by client threads spread over 1, then 2, then 3 nodes (the
   * others idle), with the CPU the nodes and PostgreSQL spent per screening and the write-ahead log
   * written per screening: the figures of the capacity model (docs/operations/scale-out.md).
   */
  @Test
  @Order(6)
  void throughput_with_one_two_and_three_nodes_is_measured() throws Exception {
    Duration phase = Duration.ofSeconds(Mode.current() == Mode.LONG ? 60 : 15);
    int clients = 8;
    cluster.awaitEveryNodeReady();
    String token = accounts.as(DemoAccounts.DOCTOR_WENSU).token();
    for (int nodes = 1; nodes <= NODES; nodes++) {
      int used = nodes;
      AtomicLong done = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      Duration nodeCpu = nodesCpu();
      Duration databaseCpu = cluster.databaseCpu();
      String walBefore = walPosition();
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> drivers = new ArrayList<>();
      long began = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int client = c;
        drivers.add(
            pool.submit(
                () -> {
                  Http http = new Http(cluster.node(1 + client % used)).as(token);
                  while (running.get()) {
                    Write write =
                        new Write(children.get(serial.get() % children.size()), nextMoment());
                    Http.Answer answer =
                        http.key(write.key)
                            .timeout(Duration.ofSeconds(30))
                            .post("/api/screenings", write.body());
                    if (answer.status() == 201) {
                      done.incrementAndGet();
                    } else {
                      failed.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      RunningCluster.pause(phase.toMillis());
      running.set(false);
      for (Future<?> driver : drivers) {
        driver.get(120, TimeUnit.SECONDS);
      }
      pool.shutdownNow();
      double seconds = (System.nanoTime() - began) / 1e9;
      double perScreeningNodes = nodesCpu().minus(nodeCpu).toNanos() / 1e6 / done.get();
      double perScreeningDatabase =
          cluster.databaseCpu().minus(databaseCpu).toNanos() / 1e6 / done.get();
      long walBytes = walBytesSince(walBefore);
      Figures.record(
          SECTION,
          "throughput with " + nodes + " node(s), " + clients + " clients",
          String.format(
              java.util.Locale.ROOT,
              "%.0f screenings/s (%d in %.0f s, %d failed); CPU per screening: nodes %.2f ms,"
                  + " PostgreSQL %.2f ms; WAL %d bytes per screening",
              done.get() / seconds,
              done.get(),
              seconds,
              failed.get(),
              perScreeningNodes,
              perScreeningDatabase,
              walBytes / Math.max(1, done.get())));
      assertThat(failed.get()).isZero();
      assertThat(done.get()).isPositive();
    }
    try (Connection primary = cluster.primary();
        Statement statement = primary.createStatement();
        ResultSet sizes =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM audit.journal_entry),"
                    + " (SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits"
                    + " WHERE inhparent = 'audit.journal_entry'::regclass),"
                    + " (SELECT count(*) FROM screening.screening),"
                    + " pg_database_size(current_database())")) {
      sizes.next();
      Figures.record(
          SECTION,
          "journal entries, journal bytes (its month partitions with their indexes), screenings, database bytes",
          List.of(sizes.getLong(1), sizes.getLong(2), sizes.getLong(3), sizes.getLong(4)));
    }
  }

  private static Duration nodesCpu() {
    Duration total = Duration.ZERO;
    for (int node = 1; node <= NODES; node++) {
      total =
          total.plus(
              ProcessHandle.of(cluster.pid(node))
                  .flatMap(process -> process.info().totalCpuDuration())
                  .orElse(Duration.ZERO));
    }
    return total;
  }

  private static String walPosition() throws SQLException {
    try (Connection primary = cluster.primary();
        Statement statement = primary.createStatement();
        ResultSet position = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
      position.next();
      return position.getString(1);
    }
  }

  private static long walBytesSince(String before) throws SQLException {
    try (Connection primary = cluster.primary();
        PreparedStatement statement =
            primary.prepareStatement("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)")) {
      statement.setString(1, before);
      try (ResultSet diff = statement.executeQuery()) {
        diff.next();
        return diff.getLong(1);
      }
    }
  }

  @Test
  @Order(7)
  void the_replica_is_promoted_when_the_primary_is_stopped_and_keeps_every_acknowledged_write()
      throws Exception {
    // the replica has everything the primary acknowledged before it stops (a clean stop waits
    // until the replica has received the whole write-ahead log)
    long primary = cluster.postmaster("primary");
    Traffic.outage(true);
    Instant began = Instant.now();
    new ProcessBuilder("kill", "-INT", Long.toString(primary)).start().waitFor();
    ProcessHandle.of(primary)
        .ifPresent(process -> process.onExit().orTimeout(60, TimeUnit.SECONDS).join());
    try (Connection replica = cluster.replica();
        Statement promote = replica.createStatement()) {
      promote.execute("SELECT pg_promote(true, 60)");
    }
    Duration promoted = Duration.between(began, Instant.now());
    // the nodes find the new primary by themselves (their address lists both servers)
    Write after = new Write(children.get(0), nextMoment());
    Instant deadline = Instant.now().plusSeconds(120);
    while (after.id == null && Instant.now().isBefore(deadline)) {
      if (send(after) != Outcome.ACKNOWLEDGED) {
        RunningCluster.pause(500);
      }
    }
    Duration writable = Duration.between(began, Instant.now());
    Traffic.outage(false);
    assertThat(after.id).as(after.lastAnswer).isNotNull();
    List<Write> all = new ArrayList<>(writes);
    all.add(after);
    List<String> problems = new ArrayList<>();
    try (Connection promotedPrimary = cluster.replica()) {
      problems.addAll(verify(all, promotedPrimary));
    }
    Figures.record(SECTION, "primary stopped to replica promoted (s)", Harness.seconds(promoted));
    Figures.record(
        SECTION,
        "primary stopped to first write acknowledged on the promoted replica (s)",
        Harness.seconds(writable));
    Figures.record(SECTION, "acknowledged writes checked on the promoted replica", all.size());
    Figures.record(SECTION, "of them missing or duplicated after the promotion", problems.size());
    assertThat(problems).isEmpty();
  }

  enum Outcome {
    ACKNOWLEDGED,
    UNKNOWN,
    REFUSED
  }

  private static Outcome send(Write write) {
    try {
      Http.Answer answer =
          accounts
              .as(DemoAccounts.DOCTOR_WENSU)
              .key(write.key)
              .timeout(Duration.ofSeconds(30))
              .post("/api/screenings", write.body());
      write.lastAnswer = answer.status() + " " + answer.body();
      if (answer.status() == 201) {
        write.id = answer.id();
        return Outcome.ACKNOWLEDGED;
      }
      if (answer.status() == 409 || answer.status() == 401 || answer.status() >= 500) {
        if (answer.status() == 401) {
          accounts.forgetSessions();
        }
        return Outcome.UNKNOWN;
      }
      return Outcome.REFUSED;
    } catch (RuntimeException e) {
      write.lastAnswer = e.toString();
      return Outcome.UNKNOWN;
    }
  }

  /** A moment of its own for each write (so that a duplicate is seen as two rows for it). */
  private static Instant nextMoment() {
    return Records.today()
        .atStartOfDay(Records.BEIJING)
        .toInstant()
        .minus(2, ChronoUnit.HOURS)
        .minusSeconds(serial.incrementAndGet());
  }

  private static List<String> verify(List<Write> checked) throws SQLException {
    try (Connection primary = cluster.primary()) {
      return verify(checked, primary);
    }
  }

  private static List<String> verify(List<Write> checked, Connection database) throws SQLException {
    List<String> problems = new ArrayList<>();
    try (PreparedStatement select =
        database.prepareStatement(
            "SELECT id::text FROM screening.screening WHERE patient_id = ?::uuid"
                + " AND performed_at = ?")) {
      for (Write write : checked) {
        select.setString(1, write.patient);
        select.setObject(2, OffsetDateTime.ofInstant(write.performedAt, ZoneOffset.UTC));
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getString(1));
          }
        }
        if (ids.isEmpty()) {
          problems.add("lost: " + write.key + " (" + write.id + ")");
        } else if (ids.size() > 1) {
          problems.add("duplicated: " + write.key + " " + ids);
        } else if (write.id != null && !ids.get(0).equals(write.id)) {
          problems.add("another id: " + write.key + " " + write.id + " vs " + ids.get(0));
        }
      }
    }
    return problems;
  }

  private static int rowsOf(Write write) throws SQLException {
    try (Connection primary = cluster.primary();
        PreparedStatement count =
            primary.prepareStatement(
                "SELECT count(*) FROM screening.screening WHERE patient_id = ?::uuid"
                    + " AND performed_at = ?")) {
      count.setString(1, write.patient);
      count.setObject(2, OffsetDateTime.ofInstant(write.performedAt, ZoneOffset.UTC));
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
