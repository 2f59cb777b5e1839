package org.alliancecare.rehabilitation.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliancecare.rehabilitation.api.Condition;

/** Program QIMING as its migration loads it, and cases of children of 乌什县 (Wushi, 652927). */
final class SampleCases {

  static final String AKSU_PREFECTURE = "652900";
  static final String WUSHI = "652927";
  static final String ARAL = "659002";
  static final String XINJIANG = "650000";
  static final List<String> WUSHI_ANCESTRY = List.of(WUSHI, AKSU_PREFECTURE, XINJIANG);
  static final LocalDate ENROLLED_ON = LocalDate.of(2026, 5, 4);
  static final Instant ENROLLED_AT = Instant.parse("2026-05-04T03:00:00Z");
  static final String COORDINATOR = "coord.wang";

  private SampleCases() {}

  static Program qiming() {
    Set<Condition> conditions = Set.of(Condition.VISION, Condition.HEARING, Condition.SPEECH);
    return new Program(
        "QIMING",
        "启明行动",
        "Qiming Action",
        18,
        Set.of(AKSU_PREFECTURE, ARAL),
        conditions,
        MilestoneTemplates.defaults(conditions),
        Instant.parse("2021-08-01T00:00:00Z"),
        "system",
        1);
  }

  static CaseFile hearingCase() {
    return caseOf(Set.of(Condition.HEARING));
  }

  static CaseFile caseOf(Set<Condition> conditions) {
    Program qiming = qiming();
    return CaseFile.enrol(
        CaseId.newId(),
        CaseNumber.of("QIMING", 2026, 1),
        new PatientId(UUID.randomUUID()),
        "QIMING",
        conditions,
        1,
        ENROLLED_ON,
        new CaseFile.Placement(WUSHI, WUSHI, WUSHI_ANCESTRY),
        UUID.randomUUID().toString(),
        null,
        MilestonePlan.plan(qiming.templatesFor(conditions), ENROLLED_ON, MilestoneId::newId),
        ENROLLED_AT,
        COORDINATOR);
  }

  static Milestone milestone(CaseFile caseFile, Condition condition, String kind) {
    return caseFile.milestones().stream()
        .filter(m -> condition.equals(m.condition()) && m.kind().equals(kind))
        .findFirst()
        .orElseThrow();
  }
}
