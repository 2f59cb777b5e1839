package org.alliancecare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Random interleavings of concurrent conditional edits ({@code If-Match}) to one clinic, one
 * patient, referrals and cases: exactly one edit of each round wins, every loser is told 412 or
 * 409, and what is stored is exactly the winner's edit (no lost update). Then many duplicate
 * creates with one idempotency key sent at once: exactly one record per key.
 */
@Order(2)
class ConcurrentEditsIT {

  private static final String SECTION = "3. concurrency";
  private static final String[] REFERRAL_STEPS = {"accept", "decline", "cancel"};

  private final Random random = new Random(Long.getLong("reliability.seed", System.nanoTime()));
  private final ExecutorService pool = Executors.newFixedThreadPool(6);

  @Test
  void concurrent_conditional_edits_lose_no_update_and_every_loser_gets_412_or_409()
      throws Exception {
    Harness harness = Harness.get();
    Records records = harness.records();
    Mode mode = Mode.current();
    String clinic = records.plannedClinic();
    String patient = records.child();
    JsonObject patientBody = records.read(records.doctor(), "/api/patients/" + patient);
    String nationalId =
        records
            .read(records.coordinator(), "/api/patients/" + patient + "/national-id")
            .getString("nationalId");
    String screening = records.screening(patient);
    Map<String, Long> winnersByKind = new TreeMap<>();
    Map<Integer, Long> loserStatuses = new TreeMap<>();
    List<String> lostUpdates = new ArrayList<>();
    List<String> notOneWinner = new ArrayList<>();
    String referral = null;
    String caseId = null;
    try {
      for (int round = 0; round < mode.interleavings; round++) {
        int threads = 2 + random.nextInt(4);
        String kind = List.of("clinic", "patient", "referral", "case").get(round % 4);
        Edit edit;
        switch (kind) {
          case "clinic" -> edit = clinicEdit(records, clinic, round, threads);
          case "patient" ->
              edit = patientEdit(records, patient, patientBody, nationalId, round, threads);
          case "referral" -> {
            if (referral == null || !open(records, referral)) {
              referral = records.referral(patient, screening);
            }
            edit = referralEdit(records, referral, threads);
          }
          default -> {
            if (caseId == null || stage(records, caseId).equals("FOLLOW_UP")) {
              caseId = records.caseFor(records.child());
            }
            edit = caseEdit(records, caseId, threads);
          }
        }
        List<Http.Answer> answers = race(edit.attempts());
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
          Http.Answer answer = answers.get(i);
          if (answer.status() == 200) {
            winners.add(i);
          } else {
            loserStatuses.merge(answer.status(), 1L, Long::sum);
          }
        }
        if (winners.size() != 1) {
          notOneWinner.add(kind + " round " + round + ": " + answers);
          continue;
        }
        winnersByKind.merge(kind, 1L, Long::sum);
        JsonObject stored = records.read(edit.reader(), edit.path());
        String problem = edit.check().apply(new Outcome(winners.get(0), stored));
        if (problem != null) {
          lostUpdates.add(kind + " round " + round + ": " + problem);
        }
      }
    } finally {
      pool.shutdownNow();
    }

    long losers = loserStatuses.values().stream().mapToLong(Long::longValue).sum();
    long losersOther =
        loserStatuses.entrySet().stream()
            .filter(e -> e.getKey() != 412 && e.getKey() != 409)
            .mapToLong(Map.Entry::getValue)
            .sum();
    Figures.record(
        SECTION, "random interleavings of concurrent If-Match edits", mode.interleavings);
    Figures.record(SECTION, "rounds won by exactly one edit, by resource", winnersByKind);
    Figures.record(SECTION, "losing edits", losers);
    Figures.record(SECTION, "losing edits by status", loserStatuses);
    Figures.record(SECTION, "losers answered other than 412 or 409", losersOther);
    Figures.record(SECTION, "rounds without exactly one winner", notOneWinner.size());
    Figures.record(
        SECTION, "lost updates (stored state is not the winner's edit)", lostUpdates.size());
    if (!notOneWinner.isEmpty() || !lostUpdates.isEmpty()) {
      Figures.record(SECTION, "first problems", first(notOneWinner, lostUpdates));
    }
    assertThat(notOneWinner).isEmpty();
    assertThat(lostUpdates).isEmpty();
    assertThat(losersOther).isZero();
  }

  @Test
  void duplicate_creates_with_one_idempotency_key_make_exactly_one_record() throws Exception {
    Harness harness = Harness.get();
    Records records = harness.records();
    Mode mode = Mode.current();
    String clinic = records.publishedClinic();
    List<String> children = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      children.add(records.child());
    }
    String screening = records.screening(children.get(0));
    Map<String, Integer> keysPerChild = new HashMap<>();
    Map<String, Long> outcomes = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    Map<String, Set<String>> screeningIds = new HashMap<>();
    Set<String> referralIds = new HashSet<>();
    Set<String> attendanceIds = new HashSet<>();
    Set<String> caseIds = new HashSet<>();
    ExecutorService senders = Executors.newFixedThreadPool(4);
    try {
      for (int k = 0; k < mode.duplicateKeys; k++) {
        String key = UUID.randomUUID().toString();
        String kind =
            List.of("screening", "screening", "referral", "attendance", "case").get(k % 5);
        String child = children.get(k % children.size());
        String path;
        String body;
        Http as;
        switch (kind) {
          case "screening" -> {
            path = "/api/screenings";
            body = Records.screeningBody(child, 10 + k % 40, k);
            as = records.doctor();
            keysPerChild.merge(child, 1, Integer::sum);
          }
          case "referral" -> {
            path = "/api/referrals";
            body =
                Records.referralBody(
                        children.get(0), screening, records.maternalAndChildHealthHospital())
                    .replace("in the right ear", "in the right ear (" + key + ")");
            as = records.doctor();
          }
          case "attendance" -> {
            path = "/api/clinics/" + clinic + "/attendances";
            body = Records.attendanceBody(records.child());
            as = records.lead();
          }
          default -> {
            path = "/api/cases";
            body = Records.caseBody(records.child(), records.program());
            as = records.coordinator();
          }
        }
        Http keyed = as.key(key);
        List<Callable<Http.Answer>> same = new ArrayList<>();
        int copies = 2 + random.nextInt(4);
        for (int c = 0; c < copies; c++) {
          same.add(() -> keyed.post(path, body));
        }
        List<Http.Answer> answers = race(same, senders);
        Set<String> ids = new HashSet<>();
        for (Http.Answer answer : answers) {
          String outcome =
              answer.status() == 201
                  ? "201"
                  : answer.status()
                      + " "
                      + (answer.body().isEmpty() ? "" : answer.json().getString("type", ""));
          outcomes.merge(outcome, 1L, Long::sum);
          if (answer.status() == 201) {
            ids.add(answer.id());
          } else if (!(answer.status() == 409 && outcome.endsWith("request-in-flight"))) {
            problems.add(kind + " key " + key + ": " + answer);
          }
        }
        if (ids.size() != 1) {
          // all copies may have met one in flight: the retry of the client settles it
          Http.Answer retry = keyed.post(path, body);
          if (retry.status() == 201) {
            ids.add(retry.id());
          }
        }
        if (ids.size() != 1) {
          problems.add(kind + " key " + key + " gave ids " + ids + ": " + answers);
          continue;
        }
        String id = ids.iterator().next();
        switch (kind) {
          case "screening" -> screeningIds.computeIfAbsent(child, c -> new HashSet<>()).add(id);
          case "referral" -> referralIds.add(id);
          case "attendance" -> attendanceIds.add(id);
          default -> caseIds.add(id);
        }
      }
    } finally {
      senders.shutdownNow();
      pool.shutdownNow();
    }

    long stored = 0;
    for (String child : children) {
      List<String> listed =
          records
              .read(records.doctor(), "/api/patients/" + child + "/screenings?limit=500")
              .getJsonArray("items")
              .stream()
              .map(s -> s.asJsonObject().getString("id"))
              .toList();
      Set<String> expected = screeningIds.getOrDefault(child, Set.of());
      long fromKeys = listed.stream().filter(expected::contains).count();
      stored += fromKeys;
      if (fromKeys != expected.size() || listed.size() != new HashSet<>(listed).size()) {
        problems.add(
            "screenings of " + child + ": listed " + listed.size() + ", keys " + expected.size());
      }
    }
    JsonObject attendances =
        records.read(records.lead(), "/api/clinics/" + clinic + "/attendances?limit=500");
    long attended =
        attendances.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> attendanceIds.contains(a.getString("id")))
            .count();
    if (attended != attendanceIds.size()
        || attendances.getJsonArray("items").size() != attendanceIds.size()) {
      problems.add(
          "attendances: "
              + attendances.getJsonArray("items").size()
              + " for "
              + attendanceIds.size()
              + " keys");
    }
    for (String id : referralIds) {
      records.read(records.doctor(), "/api/referrals/" + id);
    }
    for (String id : caseIds) {
      records.read(records.coordinator(), "/api/cases/" + id);
    }
    long referralsOfChild =
        records
            .read(
                records.auditor(),
                "/api/audit/journal?streamType=Referral&patientId="
                    + children.get(0)
                    + "&limit=500")
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("eventType").equals("ReferralRequested"))
            .map(e -> e.getString("streamId"))
            .distinct()
            .count();
    if (referralsOfChild != referralIds.size()) {
      problems.add(
          "referrals requested in the journal "
              + referralsOfChild
              + " for "
              + referralIds.size()
              + " keys");
    }

    Figures.record(SECTION, "idempotency keys each sent 2-5 times at once", mode.duplicateKeys);
    Figures.record(SECTION, "answers to the duplicates", outcomes);
    Figures.record(SECTION, "screenings stored for their keys", stored);
    Figures.record(
        SECTION,
        "referrals, attendances, cases stored for their keys",
        referralIds.size() + ", " + attendanceIds.size() + ", " + caseIds.size());
    Figures.record(SECTION, "keys with other than exactly one record", problems.size());
    if (!problems.isEmpty()) {
      Figures.record(
          SECTION, "first duplicate problems", problems.subList(0, Math.min(5, problems.size())));
    }
    assertThat(problems).isEmpty();
  }

  // ---- the edits of one round ---------------------------------------------------------------

  private record Outcome(int winner, JsonObject stored) {}

  private record Edit(
      List<Callable<Http.Answer>> attempts,
      Http reader,
      String path,
      Function<Outcome, String> check) {}

  private Edit clinicEdit(Records records, String clinic, int round, int threads) {
    JsonObject current = records.read(records.lead(), "/api/clinics/" + clinic);
    int version = current.getInt("version");
    List<Callable<Http.Answer>> attempts = new ArrayList<>();
    List<String> venues = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String venue = "佳木镇卫生院 " + round + "-" + t;
      venues.add(venue);
      String body =
          Records.clinicBody(
              records.pediatrics(),
              java.time.LocalDate.parse(current.getString("date")),
              venue,
              100 + t,
              "Asia/Shanghai");
      Http as = records.lead().ifMatch(version);
      attempts.add(jittered(() -> as.put("/api/clinics/" + clinic, body)));
    }
    return new Edit(
        attempts,
        records.lead(),
        "/api/clinics/" + clinic,
        o ->
            o.stored().getString("venue").equals(venues.get(o.winner()))
                    && o.stored().getInt("capacity") == 100 + o.winner()
                    && o.stored().getInt("version") == version + 1
                ? null
                : "stored " + o.stored() + " but the winner was " + venues.get(o.winner()));
  }

  private Edit patientEdit(
      Records records,
      String patient,
      JsonObject registered,
      String nationalId,
      int round,
      int threads) {
    int version = records.read(records.doctor(), "/api/patients/" + patient).getInt("version");
    List<Callable<Http.Answer>> attempts = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String address = "佳木镇 " + round + " 巷 " + t + " 号";
      addresses.add(address);
      String body =
          """
          {"name": "%s", "sex": "%s", "birthDate": "%s", "placeCode": "%s", "nationalId": "%s",
           "address": "%s", "acknowledgeDuplicates": true,
           "guardians": [{"name": "阿依先木·托合提", "relationship": "mother"}]}"""
              .formatted(
                  registered.getString("name"),
                  registered.getString("sex"),
                  registered.getString("birthDate"),
                  registered.getString("placeCode"),
                  nationalId,
                  address);
      Http as = records.doctor().ifMatch(version);
      attempts.add(jittered(() -> as.put("/api/patients/" + patient, body)));
    }
    return new Edit(
        attempts,
        records.doctor(),
        "/api/patients/" + patient,
        o ->
            addresses.get(o.winner()).equals(o.stored().getString("address", null))
                    && o.stored().getInt("version") == version + 1
                ? null
                : "stored "
                    + o.stored().getString("address", null)
                    + " v"
                    + o.stored().getInt("version")
                    + " but the winner was "
                    + addresses.get(o.winner())
                    + " v"
                    + (version + 1));
  }

  private Edit referralEdit(Records records, String referral, int threads) {
    JsonObject current = records.read(records.doctor(), "/api/referrals/" + referral);
    int version = current.getInt("version");
    int transitions = current.getJsonArray("transitions").size();
    List<String> steps =
        switch (current.getString("status")) {
          case "REQUESTED" -> List.of(REFERRAL_STEPS);
          case "ACCEPTED" -> List.of("schedule", "cancel");
          default -> List.of("complete", "cancel");
        };
    List<Callable<Http.Answer>> attempts = new ArrayList<>();
    List<String> chosen = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String step = steps.get(random.nextInt(steps.size()));
      chosen.add(step);
      String body =
          switch (step) {
            case "decline", "cancel" -> "{\"reason\": \"family moved to Kuqa\"}";
            case "schedule" -> "{\"appointmentAt\": \"2030-05-12T02:30:00Z\"}";
            case "complete" ->
                "{\"outcome\": \"hearing loss confirmed\", \"findings\": \"ABR 70 dB\"}";
            default -> null;
          };
      // the referral goes to Aksu's MCH hospital: the coordinator may take every step of it
      Http as = records.coordinator().ifMatch(version);
      attempts.add(jittered(() -> as.post("/api/referrals/" + referral + "/" + step, body)));
    }
    return new Edit(
        attempts,
        records.doctor(),
        "/api/referrals/" + referral,
        o -> {
          String expected =
              switch (chosen.get(o.winner())) {
                case "accept" -> "ACCEPTED";
                case "decline" -> "DECLINED";
                case "cancel" -> "CANCELLED";
                case "schedule" -> "SCHEDULED";
                default -> "COMPLETED";
              };
          return o.stored().getString("status").equals(expected)
                  && o.stored().getInt("version") == version + 1
                  && o.stored().getJsonArray("transitions").size() == transitions + 1
              ? null
              : "stored "
                  + o.stored().getString("status")
                  + " v"
                  + o.stored().getInt("version")
                  + " with "
                  + o.stored().getJsonArray("transitions").size()
                  + " transitions, but the winner was "
                  + expected;
        });
  }

  private Edit caseEdit(Records records, String caseId, int threads) {
    JsonObject current = records.read(records.coordinator(), "/api/cases/" + caseId);
    int version = current.getInt("version");
    List<String> stages = List.of("ASSESSMENT", "INTERVENTION", "REHABILITATION", "FOLLOW_UP");
    List<String> later =
        stages.subList(stages.indexOf(current.getString("stage")) + 1, stages.size());
    List<Callable<Http.Answer>> attempts = new ArrayList<>();
    List<String> chosen = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String stage = later.get(random.nextInt(later.size()));
      chosen.add(stage);
      Http as = records.coordinator().ifMatch(version);
      String body = "{\"stage\": \"" + stage + "\", \"note\": \"edit " + t + "\"}";
      attempts.add(jittered(() -> as.post("/api/cases/" + caseId + "/stage", body)));
    }
    return new Edit(
        attempts,
        records.coordinator(),
        "/api/cases/" + caseId,
        o ->
            o.stored().getString("stage").equals(chosen.get(o.winner()))
                    && o.stored().getInt("version") == version + 1
                ? null
                : "stored "
                    + o.stored().getString("stage")
                    + " v"
                    + o.stored().getInt("version")
                    + " but the winner was "
                    + chosen.get(o.winner()));
  }

  private static boolean open(Records records, String referral) {
    String status =
        records.read(records.doctor(), "/api/referrals/" + referral).getString("status");
    return List.of("REQUESTED", "ACCEPTED", "SCHEDULED").contains(status);
  }

  private static String stage(Records records, String caseId) {
    return records.read(records.coordinator(), "/api/cases/" + caseId).getString("stage");
  }

  private Callable<Http.Answer> jittered(Callable<Http.Answer> call) {
    int delayMicros = random.nextInt(15_000);
    return () -> {
      TimeUnit.MICROSECONDS.sleep(delayMicros);
      return call.call();
    };
  }

  private List<Http.Answer> race(List<Callable<Http.Answer>> calls) throws Exception {
    return race(calls, pool);
  }

  private static List<Http.Answer> race(List<Callable<Http.Answer>> calls, ExecutorService on)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Answer>> futures = new ArrayList<>();
    for (Callable<Http.Answer> call : calls) {
      futures.add(
          on.submit(
              () -> {
                go.await();
                return call.call();
              }));
    }
    go.countDown();
    List<Http.Answer> answers = new ArrayList<>();
    for (Future<Http.Answer> future : futures) {
      answers.add(future.get(180, TimeUnit.SECONDS));
    }
    return answers;
  }

  private static List<String> first(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all.subList(0, Math.min(5, all.size()));
  }
}
