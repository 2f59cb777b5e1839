package org.alliancecare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks of bench/README.md in order and writes {@code bench/results/}:
 *
 * <ol>
 *   <li>start-up of AllianceCare and of the empty WAR on the same Payara Micro;
 *   <li>screening capture at each client count, with the JDBC INSERT + COMMIT baseline, and the
 *       server's resident memory after it;
 *   <li>the small population: timelines, reports, work lists;
 *   <li>the large population (grown from the small one): the same, and the plans of their queries;
 *   <li>the FHIR Bulk Data export of the large population ({@code export}): time, MB/s, memory.
 * </ol>
 *
 * Options ({@code --name value}): {@code --small children,screenings}, {@code --large
 * children,screenings}, {@code --historied n}, {@code --clients 8,32}, {@code --capture-seconds},
 * {@code --read-seconds}, {@code --warm-up-seconds}, {@code --report-runs}, {@code --startups},
 * {@code --only startup,capture,small,large,export}, {@code --export-query} (e.g. {@code
 * ?_type=Patient,Observation}), {@code --export-minutes}, {@code --http-port}, {@code --db-port},
 * {@code --data} (the data folder, created anew), {@code --profile on} (JFR profiles of the server
 * during each measured part, in {@code bench/results/profiles/}).
 */
public final class Bench {

  private static final String ADMIN_PASSWORD = "Tarim-river-bench-2026";

  private final Map<String, String> options;
  private final Path home;
  private final Path dist;
  private final Path emptyWar;
  private final Path work;
  private final Results results = new Results();
  private final Profiler profiler;

  private Bench(Map<String, String> options, Path home, Path dist, Path emptyWar, Path work) {
    this.options = options;
    this.home = home;
    this.dist = dist;
    this.emptyWar = emptyWar;
    this.work = work;
    this.profiler =
        new Profiler(
            home.resolve("bench/results/profiles"),
            work.resolve("recordings"),
            "on".equals(option("profile", "off")));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("options are --name value, not " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    Path home = Path.of(System.getProperty("alliancecare.home", ".")).toAbsolutePath().normalize();
    Path dist = Path.of(System.getProperty("bench.dist")).toAbsolutePath();
    Path war = Path.of(System.getProperty("bench.empty-war")).toAbsolutePath();
    Path work = Path.of(options.getOrDefault("data", home.resolve("bench/target/run").toString()));
    new Bench(options, home, dist, war, work).run();
  }

  private void run() throws Exception {
    Set<String> only =
        Arrays.stream(option("only", "startup,capture,small,large").split(","))
            .map(String::strip)
            .collect(Collectors.toSet());
    deleteRecursively(work);
    Files.createDirectories(work);
    results.condition("machine", machine());
    results.condition("load average at start", loadAverage());
    results.condition("started", Instant.now().toString());
    int httpPort = Integer.parseInt(option("http-port", "18480"));
    int dbPort = Integer.parseInt(option("db-port", "18481"));
    Path data = work.resolve("data");
    Path plans = work.resolve("plans");

    if (only.contains("startup")) {
      startup(data, httpPort, dbPort);
    }
    RunningApp app = RunningApp.alliancecare(dist, home, data, httpPort, dbPort, ADMIN_PASSWORD);
    try {
      log("AllianceCare is ready on " + app.base() + " (database on port " + dbPort + ")");
      Http doctor = Http.signedIn(app.base(), "doctor.wensu", "Jiamu-clinic-2024");
      if (only.contains("capture")) {
        capture(app, doctor);
      }
      if (only.contains("small") || only.contains("large") || only.contains("export")) {
        try (Connection connection = app.database()) {
          connection.setAutoCommit(false);
          List<ScreeningTemplate> templates = ScreeningTemplates.record(doctor, connection);
          Population population = Population.on(connection, templates, Bench::log);
          Map<String, Double> small = new LinkedHashMap<>();
          if (only.contains("small")) {
            small = size(app, population, "small", sizeOption("small", "2000,10000"), null);
          }
          if (only.contains("large")) {
            size(app, population, "large", sizeOption("large", "200000,1000000"), small);
            try (Connection settings = app.database()) {
              QueryPlans.switchOn(settings, plans);
            }
          } else if (only.contains("export")) {
            grow(population, "large", sizeOption("large", "200000,1000000"));
          }
          if (only.contains("export")) {
            export(app);
          }
        }
      }
    } finally {
      app.close();
    }
    if (only.contains("large")) {
      explain(data, httpPort, dbPort, plans);
    }
    results.condition("load average at end", loadAverage());
    results.condition("finished", Instant.now().toString());
    Path out = home.resolve("bench/results");
    results.write(out);
    results.print();
    log("written " + out.resolve("results.md") + " and results.json");
  }

  /** Start-up of AllianceCare (on a data folder migrated by a first start) and of the empty WAR. */
  private void startup(Path data, int httpPort, int dbPort) throws Exception {
    int runs = Integer.parseInt(option("startups", "3"));
    log("start-up: a first start migrates a new database; then " + runs + " starts of each");
    Duration first;
    try (RunningApp app =
        RunningApp.alliancecare(dist, home, data, httpPort, dbPort, ADMIN_PASSWORD)) {
      first = app.startedIn();
    }
    List<Double> whole = new ArrayList<>();
    List<Double> server = new ArrayList<>();
    List<Double> empty = new ArrayList<>();
    // CPU seconds of the Payara process when it is ready: less noisy than the time on a shared
    // machine, where other processes take the cores for part of the start
    List<Double> serverCpu = new ArrayList<>();
    List<Double> emptyCpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      try (RunningApp app =
          RunningApp.alliancecare(dist, home, data, httpPort, dbPort, ADMIN_PASSWORD)) {
        whole.add(seconds(app.startedIn()));
        server.add(seconds(app.serverStartedIn().orElse(app.startedIn())));
        serverCpu.add(app.serverCpuMillis() / 1000.0);
      }
      try (RunningApp app = RunningApp.emptyWar(dist, emptyWar, work.resolve("empty"), httpPort)) {
        empty.add(seconds(app.startedIn()));
        emptyCpu.add(app.serverCpuMillis() / 1000.0);
      }
      log(
          String.format(
              Locale.ROOT,
              "  start %d: AllianceCare %.1f s (Payara %.1f s, CPU %.1f s), empty WAR %.1f s (CPU"
                  + " %.1f s)",
              i + 1,
              whole.get(i),
              server.get(i),
              serverCpu.get(i),
              empty.get(i),
              emptyCpu.get(i)));
    }
    double emptyMedian = median(empty);
    double serverMedian = median(server);
    results.add(
        new Figure(
            "startup.payara",
            "Payara Micro process start to /health/ready UP, AllianceCare WAR (median of "
                + runs
                + ")",
            serverMedian,
            "s",
            "empty WAR, same Payara Micro and JVM options",
            emptyMedian,
            "≤ 1.5× baseline",
            serverMedian <= 1.5 * emptyMedian,
            String.format(
                Locale.ROOT,
                "Payara's CPU at ready (median): %.1f s, empty WAR %.1f s (%.2f×)",
                median(serverCpu),
                median(emptyCpu),
                median(serverCpu) / median(emptyCpu))));
    profileStartup(data, httpPort, dbPort);
    results.add(
        new Figure(
            "startup.launcher",
            "java -jar alliancecare.jar to ready, embedded PostgreSQL included (median)",
            median(whole),
            "s",
            "empty WAR",
            emptyMedian,
            "",
            null,
            "first start on a new data folder (migrations): "
                + String.format(Locale.ROOT, "%.1f s", seconds(first))));
  }

  /**
   * With {@code --profile on}, one more start of AllianceCare (not measured) recorded by JFR from
   * the first instant of the Payara process ({@code JDK_JAVA_OPTIONS}, which the launcher passes
   * on), dumped when it is ready.
   */
  private void profileStartup(Path data, int httpPort, int dbPort) throws Exception {
    if (!profiler.on()) {
      return;
    }
    Path folder = profiler.folder();
    Path recordings = work.resolve("startup-recordings");
    Files.createDirectories(recordings);
    Files.createDirectories(folder);
    try (RunningApp app =
        RunningApp.alliancecare(
            dist,
            home,
            data,
            httpPort,
            dbPort,
            ADMIN_PASSWORD,
            Map.of(
                "JDK_JAVA_OPTIONS",
                "-XX:StartFlightRecording=name=startup,settings=profile,filename=" + recordings))) {
      long pid = app.serverPid().orElseThrow(() -> new IllegalStateException("no Payara process"));
      Path recording = work.resolve("startup.jfr");
      Profiler.diagnostic(pid, "JFR.dump", "name=startup", "filename=" + recording);
      Profiler.summarise(recording, folder.resolve("startup.payara.txt"), "startup.payara");
    }
  }

  private void capture(RunningApp app, Http doctor) throws Exception {
    Duration warmUp = Duration.ofSeconds(Long.parseLong(option("warm-up-seconds", "5")));
    Duration measured = Duration.ofSeconds(Long.parseLong(option("capture-seconds", "30")));
    log("capture: registering 64 consenting children of Wensu County");
    List<String> children = ScreeningTemplates.consentingChildren(doctor, 64, "capture");
    Capture capture = new Capture(app.base(), app, children, warmUp, measured);
    for (int clients : clientCounts()) {
      Measured baseline = capture.baseline(clients);
      log("  " + baseline);
      Measured http = profiler.profile(app, "capture." + clients, () -> capture.overHttp(clients));
      log("  " + http);
      results.add(
          new Figure(
              "capture." + clients + ".throughput",
              "screenings recorded per second over HTTP, " + clients + " clients",
              http.throughput(),
              "/s",
              "JDBC INSERT + COMMIT of one row, " + clients + " threads",
              baseline.throughput(),
              "≥ 0.1× baseline",
              http.throughput() >= 0.1 * baseline.throughput(),
              captureLimit(http, baseline)
                  + (http.failures() == 0 ? "" : "; " + http.failures() + " failed requests")));
      double cpu = http.serverCpuMillisPerOperation();
      results.add(
          new Figure(
              "capture." + clients + ".cpu",
              "server CPU per screening (user and system time of the Payara process / screenings), "
                  + clients
                  + " clients",
              cpu,
              "ms",
              "",
              Double.NaN,
              "≤ 2 ms",
              cpu <= 2,
              null));
      for (double p : new double[] {50, 95, 99}) {
        results.add(
            new Figure(
                "capture." + clients + ".p" + (int) p,
                "latency of POST /api/screenings, p" + (int) p + ", " + clients + " clients",
                http.millis(p),
                "ms",
                "JDBC INSERT + COMMIT p" + (int) p,
                baseline.millis(p),
                "",
                null,
                null));
      }
    }
    double rss = app.serverResidentMiB();
    results.add(
        new Figure(
            "memory.rss",
            "resident memory (VmRSS) of the Payara process after the capture benchmark",
            rss,
            "MiB",
            "",
            Double.NaN,
            "≤ 768 MiB",
            rss <= 768,
            "JVM options of the launcher: -Xms192m -Xmx512m -XX:+UseSerialGC"));
    double heap = app.serverHeapAfterFullGcMiB();
    results.add(
        new Figure(
            "memory.heap",
            "Java heap in use after a full collection (jcmd GC.run, GC.heap_info), after the capture"
                + " benchmark",
            heap,
            "MiB",
            "",
            Double.NaN,
            "",
            null,
            String.format(
                Locale.ROOT,
                "of a heap of at most 512 MiB; resident memory %.0f MiB counts heap not yet returned,"
                    + " metaspace, code and thread stacks",
                rss)));
  }

  /** Grows the population to a size without measuring anything on it (for the export alone). */
  private void grow(Population population, String label, int[] size) throws Exception {
    int historied = Integer.parseInt(option("historied", "100"));
    Population.Census census =
        population.grow(new Population.Target(label, size[0], size[1], historied));
    String grown =
        String.format(
            Locale.ROOT,
            "%,d children, %,d screenings, %,d referrals, %,d cases; generated in %.0f s",
            census.children(),
            census.screenings(),
            census.referrals(),
            census.cases(),
            census.took().toMillis() / 1000.0);
    results.condition("population " + label, grown);
    log("  " + grown);
  }

  /**
   * The Bulk Data export of everything the coordinator may see (the whole generated population: its
   * jurisdiction is Aksu and Aral): time to the manifest, MB/s of NDJSON written, and the Payara
   * process's resident memory at its peak during the export beside the same figure idle.
   */
  private void export(RunningApp app) throws Exception {
    Http coordinator = Http.signedIn(app.base(), "coordinator", "Qiming-phase-three");
    String query = option("export-query", "");
    log("export: GET /fhir/$export" + query + " as the coordinator");
    Export.Measured measured =
        new Export(app, coordinator.token())
            .run(query, Duration.ofMinutes(Long.parseLong(option("export-minutes", "120"))));
    log(
        String.format(
            Locale.ROOT,
            "  %,d resources in %d files, %.1f MB, exported in %.1f s (%.2f MB/s, %.0f resources/s),"
                + " downloaded in %.1f s; RSS idle %.0f MiB, peak %.0f MiB",
            measured.resources(),
            measured.files(),
            measured.bytes() / 1e6,
            measured.seconds(),
            measured.megabytesPerSecond(),
            measured.resourcesPerSecond(),
            measured.download().toMillis() / 1000.0,
            measured.idleMiB(),
            measured.peakMiB()));
    String what =
        String.format(
            Locale.ROOT,
            "%,d resources, %d files, %.1f MB of NDJSON",
            measured.resources(),
            measured.files(),
            measured.bytes() / 1e6);
    results.add(
        new Figure(
            "export.time",
            "Bulk Data export (GET /fhir/$export" + query + "), kick-off to manifest",
            measured.seconds(),
            "s",
            "",
            Double.NaN,
            "",
            null,
            what
                + String.format(
                    Locale.ROOT,
                    "; download of the files %.1f s",
                    measured.download().toMillis() / 1000.0)));
    results.add(
        new Figure(
            "export.throughput",
            "NDJSON written per second by the export",
            measured.megabytesPerSecond(),
            "MB/s",
            "",
            Double.NaN,
            "",
            null,
            String.format(Locale.ROOT, "%.0f resources/s", measured.resourcesPerSecond())));
    results.add(
        new Figure(
            "export.memory",
            "resident memory (VmRSS) of the Payara process, peak during the export",
            measured.peakMiB(),
            "MiB",
            "the same process idle just before",
            measured.idleMiB(),
            "≤ 768 MiB",
            measured.peakMiB() <= 768,
            "sampled every 200 ms"));
  }

  /**
   * Grows the population to a size and measures timelines, reports and work lists on it; answers
   * the figures by key, for the next size to compare with.
   */
  private Map<String, Double> size(
      RunningApp app, Population population, String label, int[] size, Map<String, Double> smaller)
      throws Exception {
    int historied = Integer.parseInt(option("historied", "100"));
    log(
        String.format(
            Locale.ROOT,
            "population %s: growing to %,d children and %,d screenings",
            label,
            size[0],
            size[1]));
    Population.Census census =
        population.grow(new Population.Target(label, size[0], size[1], historied));
    log(
        String.format(
            Locale.ROOT,
            "  %,d children, %,d screenings, %,d referrals, %,d cases, %,d milestones, %,d journal entries (%.0f s)",
            census.children(),
            census.screenings(),
            census.referrals(),
            census.cases(),
            census.milestones(),
            census.journalEntries(),
            census.took().toMillis() / 1000.0));
    results.condition(
        "population " + label,
        String.format(
            Locale.ROOT,
            "%,d children, %,d screenings, %,d referrals, %,d cases, %,d milestones, %,d journal entries; generated in %.0f s",
            census.children(),
            census.screenings(),
            census.referrals(),
            census.cases(),
            census.milestones(),
            census.journalEntries(),
            census.took().toMillis() / 1000.0));
    if (smaller == null) {
      checkReadModels(app);
    }
    verifyJournal(app, label, smaller == null);
    List<String> subjects = population.timelineSubjects(label);
    Map<String, Double> figures = new LinkedHashMap<>();
    Duration warmUp = Duration.ofSeconds(Long.parseLong(option("warm-up-seconds", "5")));
    Duration measured = Duration.ofSeconds(Long.parseLong(option("read-seconds", "20")));
    Reads reads = new Reads(app.base(), app, warmUp, measured);
    try (Connection connection = app.database()) {
      double[] events = Reads.eventsPerChild(connection, subjects);
      results.condition(
          "timeline subjects " + label,
          String.format(
              Locale.ROOT,
              "%d children with %.0f to %.0f events (median %.0f)",
              events.length,
              events[0],
              events[events.length - 1],
              events[events.length / 2]));
    }
    int clients = clientCounts().get(clientCounts().size() - 1);
    Measured floor = reads.journalQuery(subjects, clients);
    log("  " + floor);
    Measured timeline =
        profiler.profile(app, "timeline." + label, () -> reads.timelines(subjects, clients));
    log("  " + timeline);
    figures.put("timeline.p99", timeline.millis(99));
    boolean large = smaller != null;
    results.add(
        new Figure(
            "timeline." + label + ".p99",
            "GET /api/patients/{id}/timeline p99, "
                + clients
                + " clients, ~100 events, "
                + label
                + " population",
            timeline.millis(99),
            "ms",
            "the journal query alone over JDBC, p99",
            floor.millis(99),
            large ? "≤ 25 ms" : "",
            large ? timeline.millis(99) <= 25 : null,
            timelineLimit(timeline)));
    double timelineCpu = timeline.serverCpuMillisPerOperation();
    results.add(
        new Figure(
            "timeline." + label + ".cpu",
            "server CPU per timeline (Payara process), "
                + clients
                + " clients, "
                + label
                + " population",
            timelineCpu,
            "ms",
            "",
            Double.NaN,
            large ? "≤ 1 ms" : "",
            large ? timelineCpu <= 1 : null,
            null));
    if (large && smaller.containsKey("timeline.p99")) {
      double growth = timeline.millis(99) / smaller.get("timeline.p99");
      results.add(
          new Figure(
              "timeline.growth",
              "timeline p99 at the large population",
              timeline.millis(99),
              "ms",
              "timeline p99 at the small population",
              smaller.get("timeline.p99"),
              "≤ 1.3× baseline",
              growth <= 1.3,
              null));
    }
    int runs = Integer.parseInt(option("report-runs", "10"));
    int lastPhase = lastPhase(app);
    Map<String, String> reports = new LinkedHashMap<>();
    reports.put(
        "report.county",
        "/api/reports/programs/QIMING?phase=" + (lastPhase - 1) + "&placeCode=652922");
    reports.put("report.all", "/api/reports/programs/QIMING");
    for (Map.Entry<String, String> report : reports.entrySet()) {
      Measured m =
          profiler.profile(
              app,
              report.getKey() + "." + label,
              () ->
                  reads.repeated(
                      report.getKey(),
                      report::getValue,
                      2,
                      runs,
                      "coordinator",
                      "Qiming-phase-three"));
      log("  " + m);
      double p = m.millis(99.9);
      figures.put(report.getKey(), p);
      double limit = report.getKey().endsWith("county") ? 300 : 1000;
      results.add(
          new Figure(
              report.getKey() + "." + label,
              (report.getKey().endsWith("county")
                      ? "program report, Wensu County, phase " + (lastPhase - 1)
                      : "program report, everything")
                  + ", slowest of "
                  + runs
                  + ", "
                  + label
                  + " population",
              p,
              "ms",
              smaller == null ? "" : "the same at the small population",
              smaller == null ? Double.NaN : smaller.getOrDefault(report.getKey(), Double.NaN),
              large ? String.format(Locale.ROOT, "≤ %.0f ms", limit) : "",
              large ? p <= limit : null,
              m.failures() == 0
                  ? String.format(Locale.ROOT, "median %.0f ms", m.millis(50))
                  : m.failures() + " failed"));
    }
    String organisation = busiestOrganisation(app);
    Map<String, String> lists = new LinkedHashMap<>();
    lists.put("worklist.overdue", "/api/referrals?overdue=true&placeCode=652922");
    lists.put("worklist.incoming", "/api/referrals?toOrganisationId=" + organisation);
    for (Map.Entry<String, String> list : lists.entrySet()) {
      Measured m =
          reads.repeated(
              list.getKey(), list::getValue, 2, runs, "coordinator", "Qiming-phase-three");
      log("  " + m);
      double p = m.millis(99.9);
      figures.put(list.getKey(), p);
      results.add(
          new Figure(
              list.getKey() + "." + label,
              (list.getKey().endsWith("overdue")
                      ? "overdue referrals of Wensu County"
                      : "incoming referrals of the busiest hospital")
                  + ", first page, slowest of "
                  + runs
                  + ", "
                  + label
                  + " population",
              p,
              "ms",
              smaller == null ? "" : "the same at the small population",
              smaller == null ? Double.NaN : smaller.getOrDefault(list.getKey(), Double.NaN),
              "",
              null,
              String.format(Locale.ROOT, "median %.0f ms", m.millis(50))));
    }
    return figures;
  }

  /**
   * What bounds capture: the server CPU one screening costs against the baseline's one-row
   * transaction, on cores shared with PostgreSQL and the clients.
   */
  private static String captureLimit(Measured http, Measured baseline) {
    double cpu = http.serverCpuMillisPerOperation();
    int cores = Runtime.getRuntime().availableProcessors();
    return String.format(
        Locale.ROOT,
        "server CPU %.1f ms per screening (Payara process): even with all %d cores to itself the"
            + " server could record at most %.0f/s, %.2f× the baseline; the baseline is one INSERT"
            + " and COMMIT, a screening is authentication, consent, classification, the"
            + " screening's rows, its journal entry, reporting's projection, the idempotent"
            + " response and the access log in one transaction",
        cpu,
        cores,
        cores * 1000 / cpu,
        cores * 1000 / cpu / baseline.throughput());
  }

  /**
   * What bounds a closed-loop latency: by Little's law the mean latency is clients / throughput, so
   * a p99 of 25 ms needs a throughput the server's CPU per request allows or not.
   */
  private static String timelineLimit(Measured timeline) {
    double cpu = timeline.serverCpuMillisPerOperation();
    int cores = Runtime.getRuntime().availableProcessors();
    double needed = timeline.clients() / 0.025;
    return String.format(
        Locale.ROOT,
        "p50 %.1f ms, p95 %.1f ms, %.0f/s; server CPU %.1f ms per timeline. %d clients in a"
            + " closed loop wait %.0f ms on average (Little's law: clients / throughput); 25 ms"
            + " would take %.0f timelines/s, at most %.2f ms of CPU each on %d cores for the"
            + " server, PostgreSQL and the clients together",
        timeline.millis(50),
        timeline.millis(95),
        timeline.throughput(),
        cpu,
        timeline.clients(),
        timeline.clients() * 1000 / timeline.throughput(),
        needed,
        cores * 1000 / needed,
        cores);
  }

  /**
   * Verifies generated hash chains with {@code POST /api/audit/verify}: the whole journal at the
   * small size, a sample of streams of each type (and the program's) at the large one.
   */
  private void verifyJournal(RunningApp app, String label, boolean whole) throws Exception {
    Http auditor = Http.signedIn(app.base(), "auditor.wensu", "Wensu-audit-ledger");
    List<jakarta.json.JsonObject> scopes = new ArrayList<>();
    if (whole) {
      scopes.add(jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
    } else {
      scopes.add(
          jakarta.json.Json.createObjectBuilder()
              .add("streamType", "RehabilitationProgram")
              .build());
      try (Connection connection = app.database();
          var select = connection.createStatement();
          var rows =
              select.executeQuery(
                  "SELECT stream_type, stream_id FROM audit.journal_entry TABLESAMPLE SYSTEM (0.1)"
                      + " WHERE stream_version = 1 LIMIT 40")) {
        while (rows.next()) {
          scopes.add(
              jakarta.json.Json.createObjectBuilder()
                  .add("streamType", rows.getString(1))
                  .add("streamId", rows.getString(2))
                  .build());
        }
      }
    }
    long entries = 0;
    int verified = 0;
    String broken = null;
    long began = System.nanoTime();
    for (jakarta.json.JsonObject scope : scopes) {
      Http.Answer answer = auditor.post("/api/audit/verify", scope, Map.of());
      if (answer.status() != 200) {
        broken = "verify answered " + answer.status() + ": " + answer.abbreviated();
        break;
      }
      jakarta.json.JsonObject verification = answer.json();
      entries += verification.getJsonNumber("entriesChecked").longValue();
      if (verification.getBoolean("verified")) {
        verified++;
      } else if (broken == null) {
        broken = scope + ": " + verification;
      }
    }
    String what =
        String.format(
            Locale.ROOT,
            "%s population: POST /api/audit/verify of %s — %d of %d verified, %,d entries checked in %.1f s%s",
            label,
            whole
                ? "the whole journal"
                : scopes.size()
                    + " scopes (the program's stream type and streams sampled across types)",
            verified,
            scopes.size(),
            entries,
            (System.nanoTime() - began) / 1e9,
            broken == null ? "" : "; first broken: " + broken);
    log("  " + what);
    results.note("Journal verification, " + what + ".");
  }

  /**
   * The read models filled set-based must give the report that a rebuild from the journal gives:
   * compares the program report before and after {@code POST /api/reports/rebuild}.
   */
  private void checkReadModels(RunningApp app) throws Exception {
    Http coordinator = Http.signedIn(app.base(), "coordinator", "Qiming-phase-three");
    String before =
        coordinator.get("/api/reports/programs/QIMING").expect(200, "program report").body();
    Http admin = Http.signedIn(app.base(), "admin", ADMIN_PASSWORD);
    Http.Answer rebuilt =
        admin.post("/api/reports/rebuild", jakarta.json.JsonValue.EMPTY_JSON_OBJECT, Map.of());
    String after =
        coordinator.get("/api/reports/programs/QIMING").expect(200, "program report").body();
    String verdict =
        rebuilt.status() != 200
            ? "rebuild answered " + rebuilt.status()
            : before.equals(after)
                ? "the same report"
                : "a different report: " + before + " / " + after;
    log("  read models filled from the tables vs. rebuilt from the journal: " + verdict);
    results.note(
        "Read models filled set-based vs. rebuilt from the journal (POST /api/reports/rebuild) at the"
            + " small population: "
            + (verdict.length() > 300 ? verdict.substring(0, 300) + "…" : verdict)
            + ".");
  }

  /** Restarts the application with analysed plans logged, runs each read once, keeps the plans. */
  private void explain(Path data, int httpPort, int dbPort, Path plans) throws Exception {
    log("query plans: restarting with auto_explain");
    try (RunningApp app =
        RunningApp.alliancecare(dist, home, data, httpPort, dbPort, ADMIN_PASSWORD)) {
      Reads reads = new Reads(app.base(), app, Duration.ZERO, Duration.ZERO);
      List<String> subjects;
      try (Connection connection = app.database()) {
        subjects = new ArrayList<>();
        try (var select = connection.createStatement();
            var rows =
                select.executeQuery(
                    "SELECT patient_id FROM bench.timeline_subject WHERE label = 'large' LIMIT 3")) {
          while (rows.next()) {
            subjects.add(rows.getString(1));
          }
        }
      }
      int lastPhase = lastPhase(app);
      String organisation = busiestOrganisation(app);
      List<String> paths = new ArrayList<>();
      for (String subject : subjects) {
        paths.add("/api/patients/" + subject + "/timeline");
      }
      paths.add("/api/referrals?overdue=true&placeCode=652922");
      paths.add("/api/referrals?toOrganisationId=" + organisation);
      paths.add("/api/reports/programs/QIMING?phase=" + (lastPhase - 1) + "&placeCode=652922");
      paths.add("/api/reports/programs/QIMING");
      for (String path : paths) {
        reads.repeated(path, () -> path, 0, 1, "coordinator", "Qiming-phase-three");
      }
      try (Connection connection = app.database()) {
        QueryPlans.switchOff(connection);
      }
    }
    List<String> kept =
        QueryPlans.read(
            plans,
            List.of("journal_entry", "referrals.referral", "reporting."),
            List.of(
                "bench.",
                "pg_catalog",
                "INSERT INTO",
                "flyway",
                "information_schema",
                "ORDER BY count(*) DESC"));
    Path out = home.resolve("bench/results/plans.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(
        out,
        "EXPLAIN ANALYZE (auto_explain) of the statements the application ran for: "
            + String.join(
                ", ",
                List.of(
                    "timeline ×3",
                    "overdue referrals of a county",
                    "incoming referrals of a hospital",
                    "program report of a county and phase",
                    "program report of everything"))
            + ", at the large population\n\n"
            + String.join("\n\n", kept)
            + "\n",
        StandardCharsets.UTF_8);
    results.note(
        "Query plans of the timeline, work lists and reports at the large population: [plans.txt](plans.txt) ("
            + kept.size()
            + " statements).");
    log("  " + kept.size() + " plans written to " + out);
  }

  private static int lastPhase(RunningApp app) throws Exception {
    try (Connection connection = app.database();
        var select = connection.createStatement();
        var row =
            select.executeQuery(
                "SELECT coalesce(max(number), 2) FROM rehabilitation.phase WHERE program_code = 'QIMING'")) {
      row.next();
      return row.getInt(1);
    }
  }

  private static String busiestOrganisation(RunningApp app) throws Exception {
    try (Connection connection = app.database();
        var select = connection.createStatement();
        var row =
            select.executeQuery(
                "SELECT to_organisation_id FROM referrals.referral GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")) {
      return row.next() ? row.getString(1) : "00000000-0000-4000-8000-000000000000";
    }
  }

  private List<Integer> clientCounts() {
    return Arrays.stream(option("clients", "8,32").split(","))
        .map(String::strip)
        .map(Integer::valueOf)
        .toList();
  }

  private int[] sizeOption(String name, String fallback) {
    return Arrays.stream(option(name, fallback).split(","))
        .map(String::strip)
        .mapToInt(Integer::parseInt)
        .toArray();
  }

  private String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).strip();
  }

  private static String machine() throws IOException {
    String model =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .orElse("unknown CPU");
    long memory =
        Files.readAllLines(Path.of("/proc/meminfo")).stream()
            .filter(l -> l.startsWith("MemTotal"))
            .findFirst()
            .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024)
            .orElse(0L);
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + model
        + "), "
        + memory
        + " GiB, Java "
        + System.getProperty("java.version");
  }

  static void log(String line) {
    System.out.println(Instant.now().toString().substring(11, 19) + " " + line);
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
