package org.alliancecare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Client threads record screenings, register children, record attendances, request and move
 * referrals and move cases at a steady pace while, at a random moment of each cycle, Payara Micro
 * is killed with SIGKILL or PostgreSQL is stopped in {@code immediate} mode; what was stopped is
 * started again. After each cycle every request whose outcome the client did not learn is retried
 * with its {@code Idempotency-Key}, and then: every acknowledged write is there exactly once, no
 * write is half there (each record has its journal entries), and the journal verifies.
 */
@Order(3)
class CrashDurabilityIT {

  private static final String SECTION = "1. crash durability";
  private static final int WORKERS = 4;

  private final Random random = new Random(Long.getLong("reliability.seed", System.nanoTime()));
  private final List<Write> writes = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<String> enrolable = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> attendable = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicLong> requests = new TreeMap<>();
  private final AtomicLong acknowledged = new AtomicLong();
  private final AtomicLong unknown = new AtomicLong();
  private final List<String> refused = new CopyOnWriteArrayList<>();
  private final AtomicLong forbiddenInOutage = new AtomicLong();
  private Harness harness;
  private Records records;
  private List<String> children;
  private Map<String, String> screeningOf;
  private String clinic;

  /** A create or a transition the client sent, and what it learned of it. */
  static final class Write {
    final String kind;
    final String key;
    final String path;
    final String body;
    final String account;
    final String patient;
    volatile String id;
    volatile Integer version;
    volatile boolean settled;
    volatile boolean checked;
    volatile String lastAnswer;

    Write(String kind, String key, String path, String body, String account, String patient) {
      this.kind = kind;
      this.key = key;
      this.path = path;
      this.body = body;
      this.account = account;
      this.patient = patient;
    }
  }

  @Test
  void every_acknowledged_write_survives_crashes_of_the_server_and_of_the_database()
      throws Exception {
    harness = Harness.get();
    harness.idleExpiry(); // the token expiry probes run undisturbed by the crashes
    records = harness.records();
    Mode mode = Mode.current();
    children = new ArrayList<>();
    screeningOf = new HashMap<>();
    for (int i = 0; i < 16; i++) {
      String child = records.child();
      children.add(child);
      screeningOf.put(child, records.screening(child));
    }
    for (int i = 0; i < 6 + mode.crashCycles * 2; i++) {
      enrolable.add(records.child());
      attendable.add(records.child());
    }
    clinic = records.publishedClinic();
    records.program();
    Path binaries = harness.postgresBinaries();

    List<String> cycleProblems = new ArrayList<>();
    List<Double> serverRestarts = new ArrayList<>();
    List<Double> databaseRecoveries = new ArrayList<>();
    int kills = 0;
    int stops = 0;
    for (int cycle = 0; cycle < mode.crashCycles; cycle++) {
      boolean killServer = cycle % 2 == 1;
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        long seed = random.nextLong();
        workers.add(pool.submit(() -> drive(running, new Random(seed))));
      }
      TimeUnit.MILLISECONDS.sleep(2_000 + random.nextInt(5_000));
      Traffic.outage(true);
      long began = System.nanoTime();
      if (killServer) {
        kills++;
        harness.killServer();
        harness.restart();
        harness.forgetSessions();
        serverRestarts.add(Harness.seconds(Duration.ofNanos(System.nanoTime() - began)));
      } else {
        stops++;
        harness.stopDatabaseImmediately(binaries);
        TimeUnit.MILLISECONDS.sleep(500 + random.nextInt(2_500));
        harness.startDatabase(binaries);
        awaitWritable();
        databaseRecoveries.add(Harness.seconds(Duration.ofNanos(System.nanoTime() - began)));
      }
      TimeUnit.MILLISECONDS.sleep(1_000 + random.nextInt(2_000));
      running.set(false);
      for (Future<?> worker : workers) {
        worker.get(300, TimeUnit.SECONDS);
      }
      pool.shutdownNow();
      awaitWritable();
      Traffic.outage(false);
      List<String> problems = verify();
      System.out.println(
          "[reliability] crash cycle "
              + (cycle + 1)
              + (killServer ? " (SIGKILL Payara)" : " (PostgreSQL immediate stop)")
              + ": "
              + writes.size()
              + " writes so far, problems "
              + problems);
      cycleProblems.addAll(problems);
    }

    Map<String, Long> byKind = new TreeMap<>();
    for (Write write : writes) {
      byKind.merge(write.kind, 1L, Long::sum);
    }
    Figures.record(SECTION, "crash cycles", mode.crashCycles);
    Figures.record(SECTION, "SIGKILL of Payara Micro, then restart", kills);
    Figures.record(SECTION, "PostgreSQL stop -m immediate, then start", stops);
    Figures.record(SECTION, "server restart after SIGKILL, each (s)", serverRestarts);
    Figures.record(
        SECTION, "database stop to first acknowledged write, each (s)", databaseRecoveries);
    Figures.record(SECTION, "client threads", WORKERS);
    Figures.record(SECTION, "requests sent, by kind", requests);
    Figures.record(SECTION, "writes recorded by the clients, by kind", byKind);
    Figures.record(SECTION, "acknowledged at once (2xx)", acknowledged.get());
    Figures.record(
        SECTION, "outcome unknown (error, 5xx or timeout), settled by retry", unknown.get());
    Figures.record(SECTION, "5xx answers while something was stopped", Traffic.outageErrors());
    Figures.record(
        SECTION, "acknowledged writes missing, duplicated or half present", cycleProblems.size());
    if (!cycleProblems.isEmpty()) {
      Figures.record(
          SECTION, "first problems", cycleProblems.subList(0, Math.min(5, cycleProblems.size())));
    }
    Figures.record(
        SECTION, "creates refused by a business rule (a fault of the harness)", refused.size());
    Figures.record(
        SECTION,
        "403 to a create while something was stopped (a refusal where 503 belongs)",
        forbiddenInOutage.get());
    if (!refused.isEmpty()) {
      // where the server says each refusal came from (Problems logs a 403's exception chain and
      // the frames that threw it)
      List<String> log = harness.log().lines().toList();
      for (int i = 0; i < log.size(); i++) {
        if (log.get(i).contains("answered 403")) {
          log.subList(i, Math.min(log.size(), i + 7))
              .forEach(line -> System.out.println("[reliability] server: " + line));
        }
      }
    }
    assertThat(refused).isEmpty();
    assertThat(forbiddenInOutage.get()).as("403 answered while the database was down").isZero();
    assertThat(cycleProblems).isEmpty();
  }

  // ---- the clients ----------------------------------------------------------------------------

  private Void drive(AtomicBoolean running, Random dice) {
    while (running.get()) {
      int roll = dice.nextInt(100);
      try {
        if (roll < 35) {
          String child = children.get(dice.nextInt(children.size()));
          create(
              "screening",
              "/api/screenings",
              Records.screeningBody(child, 10 + dice.nextInt(50), dice.nextInt(20_000)),
              "doctor.wensu",
              child);
        } else if (roll < 50) {
          register(dice);
        } else if (roll < 60) {
          String child = children.get(dice.nextInt(children.size()));
          create(
              "referral",
              "/api/referrals",
              Records.referralBody(
                      child, screeningOf.get(child), records.maternalAndChildHealthHospital())
                  .replace("right ear", "right ear, " + UUID.randomUUID()),
              "doctor.wensu",
              child);
        } else if (roll < 72) {
          attend(dice);
        } else if (roll < 88) {
          moveReferral(dice);
        } else if (roll < 93) {
          String child = enrolable.poll();
          if (child != null) {
            create(
                "case",
                "/api/cases",
                Records.caseBody(child, records.program()),
                "coordinator",
                child);
          }
        } else {
          moveCase(dice);
        }
      } catch (RuntimeException e) {
        pause(1_000);
      }
    }
    return null;
  }

  private void count(String kind) {
    synchronized (requests) {
      requests.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }
  }

  private void create(String kind, String path, String body, String account, String patient) {
    Write write = new Write(kind, UUID.randomUUID().toString(), path, body, account, patient);
    writes.add(write);
    send(write);
  }

  /** Sends (or re-sends) a create; answers whether its outcome is now known. */
  private boolean send(Write write) {
    count(write.kind);
    try {
      Http.Answer answer =
          harness
              .as(write.account)
              .key(write.key)
              .timeout(Duration.ofSeconds(30))
              .post(write.path, write.body);
      String previous = write.lastAnswer;
      write.lastAnswer = answer.toString();
      if (answer.status() == 201) {
        write.id = answer.id();
        write.settled = true;
        acknowledged.incrementAndGet();
        return true;
      }
      boolean inFlight = answer.status() == 409 && answer.body().contains("request-in-flight");
      if (answer.status() == 403 && Traffic.inOutage()) {
        // a 403 while the database is down would be a refusal where 503 belongs
        forbiddenInOutage.incrementAndGet();
      }
      if (answer.status() < 500 && answer.status() != 401 && !inFlight) {
        // a definite refusal: the harness asked for something the rules forbid; said with when it
        // came (during an outage or not, at which attempt) and the headers that tell which layer
        // answered (the server's log says where a 403 came from: "answered 403 for …")
        write.settled = true;
        refused.add(
            write.kind
                + ": "
                + answer
                + " (at "
                + java.time.Instant.now()
                + (Traffic.inOutage() ? ", while something was stopped" : ", nothing stopped")
                + (previous == null ? ", first attempt" : ", after " + previous)
                + ", headers "
                + answer.headers().map()
                + ")");
        return true;
      }
    } catch (UncheckedIOException e) {
      // connection refused or reset, or a timeout: the outcome is unknown
    }
    unknown.incrementAndGet();
    return false;
  }

  /** A child registered without a key: an unknown outcome is found (or not) by name later. */
  private void register(Random dice) {
    String name = Records.childName();
    Traffic.sent(name);
    String body =
        """
        {"name": "%s", "sex": "MALE", "birthDate": "%s", "placeCode": "%s",
         "acknowledgeDuplicates": true, "guardians": [{"name": "家长", "relationship": "father"}]}"""
            .formatted(name, Records.today().minusYears(2 + dice.nextInt(12)), Records.JIAMU_TOWN);
    Write write = new Write("registration", name, "/api/patients", body, "doctor.wensu", null);
    writes.add(write);
    count(write.kind);
    try {
      Http.Answer answer =
          harness.as("doctor.wensu").timeout(Duration.ofSeconds(30)).post("/api/patients", body);
      if (answer.status() == 201) {
        write.id = answer.id();
        write.settled = true;
        acknowledged.incrementAndGet();
        return;
      }
    } catch (UncheckedIOException e) {
      // unknown
    }
    unknown.incrementAndGet();
  }

  private void attend(Random dice) {
    String child = attendable.poll();
    if (child != null) {
      create(
          "attendance",
          "/api/clinics/" + clinic + "/attendances",
          Records.attendanceBody(child),
          Records.LEAD,
          child);
    }
  }

  private void moveReferral(Random dice) {
    List<Write> referrals = settled("referral");
    if (referrals.isEmpty()) {
      return;
    }
    Write referral = referrals.get(dice.nextInt(referrals.size()));
    Http doctor = harness.as("doctor.wensu").timeout(Duration.ofSeconds(30));
    JsonObject current = doctor.get("/api/referrals/" + referral.id).json();
    String step;
    String body;
    switch (current.getString("status")) {
      case "REQUESTED" -> {
        step = "accept";
        body = null;
      }
      case "ACCEPTED" -> {
        step = "schedule";
        body = "{\"appointmentAt\": \"2030-05-12T02:30:00Z\"}";
      }
      case "SCHEDULED" -> {
        step = "complete";
        body = "{\"outcome\": \"hearing loss confirmed\", \"findings\": \"ABR 70 dB\"}";
      }
      default -> {
        return;
      }
    }
    transition(
        "referral " + step,
        "/api/referrals/" + referral.id + "/" + step,
        body,
        current.getInt("version"),
        // the referrals go to Aksu's MCH hospital: the coordinator answers them, not the doctor
        "coordinator");
  }

  private void moveCase(Random dice) {
    List<Write> cases = settled("case");
    if (cases.isEmpty()) {
      return;
    }
    Write caseFile = cases.get(dice.nextInt(cases.size()));
    Http coordinator = harness.as("coordinator").timeout(Duration.ofSeconds(30));
    JsonObject current = coordinator.get("/api/cases/" + caseFile.id).json();
    String next =
        switch (current.getString("stage")) {
          case "ASSESSMENT" -> "INTERVENTION";
          case "INTERVENTION" -> "REHABILITATION";
          case "REHABILITATION" -> "FOLLOW_UP";
          default -> null;
        };
    if (next != null) {
      transition(
          "case stage",
          "/api/cases/" + caseFile.id + "/stage",
          "{\"stage\": \"" + next + "\"}",
          current.getInt("version"),
          "coordinator");
    }
  }

  private void transition(String kind, String path, String body, int version, String account) {
    Write write = new Write(kind, null, path, body, account, null);
    write.version = version + 1;
    count(kind);
    try {
      Http.Answer answer =
          harness.as(account).ifMatch(version).timeout(Duration.ofSeconds(30)).post(path, body);
      if (answer.status() == 200) {
        write.settled = true;
        writes.add(write);
        acknowledged.incrementAndGet();
        return;
      }
      if (answer.status() == 412 || answer.status() == 409) {
        return;
      }
    } catch (UncheckedIOException e) {
      // unknown: the stored history tells
    }
    unknown.incrementAndGet();
  }

  private List<Write> settled(String kind) {
    List<Write> found = new ArrayList<>();
    for (Write write : writes) {
      if (write.kind.equals(kind) && write.settled && write.id != null) {
        found.add(write);
      }
    }
    return found;
  }

  // ---- after each cycle -------------------------------------------------------------------------

  private List<String> verify() {
    List<String> problems = new ArrayList<>();
    for (Write write : writes) {
      if (!write.settled && write.key != null && !write.kind.equals("registration")) {
        for (int attempt = 0; attempt < 8 && !send(write); attempt++) {
          pause(500);
        }
        if (!write.settled) {
          System.out.println("[reliability] not settled: " + write.kind + " " + write.lastAnswer);
          problems.add(
              write.kind
                  + " with key "
                  + write.key
                  + " could not be settled by retry: "
                  + write.lastAnswer);
        }
      }
    }
    Http doctor = harness.as("doctor.wensu");
    Http coordinator = harness.as("coordinator");
    Http auditor = harness.as("auditor.wensu");
    for (Write write : writes) {
      if (write.checked || write.id == null) {
        continue;
      }
      String path =
          switch (write.kind) {
            case "screening" -> "/api/screenings/" + write.id;
            case "registration" -> "/api/patients/" + write.id;
            case "referral" -> "/api/referrals/" + write.id;
            case "case" -> "/api/cases/" + write.id;
            default -> null;
          };
      if (path != null) {
        Http.Answer read = (write.kind.equals("case") ? coordinator : doctor).get(path);
        if (read.status() != 200) {
          problems.add("acknowledged " + write.kind + " " + write.id + " is missing: " + read);
          continue;
        }
        String stream =
            switch (write.kind) {
              case "screening" -> "Screening";
              case "registration" -> "Patient";
              case "referral" -> "Referral";
              default -> "RehabilitationCase";
            };
        Http.Answer journal =
            auditor.get(
                "/api/audit/journal?limit=500&streamType=" + stream + "&streamId=" + write.id);
        if (journal.status() != 200 || journal.json().getJsonArray("items").isEmpty()) {
          problems.add(write.kind + " " + write.id + " has no journal entry: " + journal);
        }
      }
      write.checked = true;
    }
    // screenings: exactly one per acknowledged key of each child
    for (String child : children) {
      List<String> listed =
          all(doctor, "/api/patients/" + child + "/screenings?limit=500").stream()
              .map(screening -> screening.getString("id"))
              .toList();
      long keys =
          writes.stream()
              .filter(w -> w.kind.equals("screening") && child.equals(w.patient) && w.id != null)
              .count();
      // one screening per child was made before the cycles (the referrals' source)
      if (listed.size() != keys + 1 || Set.copyOf(listed).size() != listed.size()) {
        problems.add(
            "child " + child + " has " + listed.size() + " screenings for " + keys + " keys (+1)");
      }
      long requested =
          all(auditor, "/api/audit/journal?limit=500&streamType=Referral&patientId=" + child)
              .stream()
              .filter(e -> e.getString("eventType").equals("ReferralRequested"))
              .count();
      long referralKeys =
          writes.stream()
              .filter(w -> w.kind.equals("referral") && child.equals(w.patient) && w.id != null)
              .count();
      if (requested != referralKeys) {
        problems.add(
            "child "
                + child
                + " has "
                + requested
                + " referrals requested for "
                + referralKeys
                + " keys");
      }
    }
    // attendances: one per key, each journaled
    List<String> attended =
        harness
            .as(Records.LEAD)
            .get("/api/clinics/" + clinic + "/attendances?limit=500")
            .json()
            .getJsonArray("items")
            .stream()
            .map(a -> a.asJsonObject().getString("id"))
            .toList();
    long attendanceKeys =
        writes.stream().filter(w -> w.kind.equals("attendance") && w.id != null).count();
    if (attended.size() != attendanceKeys) {
      problems.add(
          "clinic has " + attended.size() + " attendances for " + attendanceKeys + " keys");
    }
    for (String attendance : attended) {
      Http.Answer journal =
          auditor.get("/api/audit/journal?limit=10&streamType=Attendance&streamId=" + attendance);
      if (journal.status() != 200 || journal.json().getJsonArray("items").isEmpty()) {
        problems.add("attendance " + attendance + " has no journal entry: " + journal);
      }
    }
    // referrals: every transition is in the history, has its journal entry, and the acknowledged
    // ones are there
    for (Write referral : settled("referral")) {
      JsonObject stored = doctor.get("/api/referrals/" + referral.id).json();
      int transitions = stored.getJsonArray("transitions").size();
      long journaled =
          auditor
              .get("/api/audit/journal?limit=500&streamType=Referral&streamId=" + referral.id)
              .json()
              .getJsonArray("items")
              .size();
      if (stored.getInt("version") != transitions || journaled != transitions) {
        problems.add(
            "referral "
                + referral.id
                + " v"
                + stored.getInt("version")
                + " has "
                + transitions
                + " transitions and "
                + journaled
                + " journal entries");
      }
      for (Write step : writes) {
        if (step.kind.startsWith("referral ")
            && step.path.startsWith("/api/referrals/" + referral.id + "/")
            && stored.getInt("version") < step.version) {
          problems.add(
              "acknowledged "
                  + step.kind
                  + " of "
                  + referral.id
                  + " to v"
                  + step.version
                  + " is lost (v"
                  + stored.getInt("version")
                  + ")");
        }
      }
    }
    for (Write step : writes) {
      if (step.kind.equals("case stage")) {
        String id = step.path.split("/")[3];
        JsonObject stored = coordinator.get("/api/cases/" + id).json();
        if (stored.getInt("version") < step.version) {
          problems.add("acknowledged case stage of " + id + " to v" + step.version + " is lost");
        }
      }
    }
    // registrations whose outcome was unknown: there at most once, and whole if there
    for (Write write : writes) {
      if (write.kind.equals("registration") && !write.settled && !write.checked) {
        Http.Answer found =
            doctor.get(
                "/api/patients?limit=50&q=" + URLEncoder.encode(write.key, StandardCharsets.UTF_8));
        List<JsonObject> matches =
            found.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> write.key.equals(p.getString("name", "")))
                .toList();
        if (matches.size() > 1) {
          problems.add("registration " + write.key + " is there " + matches.size() + " times");
        } else if (matches.size() == 1) {
          String id = matches.get(0).getString("id");
          if (auditor
              .get("/api/audit/journal?limit=10&streamType=Patient&streamId=" + id)
              .json()
              .getJsonArray("items")
              .isEmpty()) {
            problems.add("registration " + id + " is there without its journal entry");
          }
        }
        write.checked = true;
      }
    }
    Http.Answer verified = auditor.timeout(Duration.ofSeconds(300)).post("/api/audit/verify", "{}");
    if (verified.status() != 200 || !verified.json().getBoolean("verified", false)) {
      problems.add("the journal does not verify: " + verified);
    }
    return problems;
  }

  /** Every item of a list, following {@code nextCursor}. */
  private static List<JsonObject> all(Http as, String path) {
    List<JsonObject> items = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page =
          as.get(
                  path
                      + (cursor == null
                          ? ""
                          : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)))
              .json();
      page.getJsonArray("items").forEach(item -> items.add(item.asJsonObject()));
      cursor = page.getString("nextCursor", null);
    } while (cursor != null);
    return items;
  }

  private void awaitWritable() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    String child = children.get(0);
    while (System.nanoTime() < deadline) {
      try {
        Write probe =
            new Write(
                "screening",
                UUID.randomUUID().toString(),
                "/api/screenings",
                Records.screeningBody(child, 12, random.nextInt(20_000)),
                "doctor.wensu",
                child);
        writes.add(probe);
        if (send(probe)) {
          return;
        }
      } catch (RuntimeException e) {
        // not yet
      }
      pause(500);
    }
    throw new AssertionError("the application did not accept a write within 240 s of the restart");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
