package org.alliancecare.directory.internal.application;

import java.util.List;
import org.alliancecare.directory.api.Role;

/**
 * The demo accounts of a demonstration installation (embedded database, or {@code
 * ALLIANCECARE_DEMO=true}): one or more per role, with jurisdictions in Aksu. Their passwords are
 * published in {@code docs/demo-accounts.md}; they must never exist on a production system.
 */
final class DemoAccounts {

  record Demo(
      String username,
      String displayName,
      String password,
      Role role,
      List<String> jurisdiction,
      DemoPractitioner practitioner) {

    Demo(
        String username,
        String displayName,
        String password,
        Role role,
        List<String> jurisdiction) {
      this(username, displayName, password, role, jurisdiction, null);
    }
  }

  /**
   * The practitioner a demo doctor or lead works as, so that they can staff and lead clinics: a
   * local practitioner of a reference organisation ({@code organisationKey} of organisations.csv).
   */
  record DemoPractitioner(String name, String specialty, String organisationKey) {}

  static final List<Demo> ALL =
      List.of(
          new Demo(
              "doctor.wensu",
              "Demo doctor, Wensu County",
              "Jiamu-clinic-2024",
              Role.DOCTOR,
              List.of("652922"),
              new DemoPractitioner("演示医生（温宿）", "PEDIATRICS", "WS-H")),
          new Demo(
              "doctor.kuqa",
              "Demo doctor, Kuqa City",
              "Yongku-clinic-2024",
              Role.DOCTOR,
              List.of("652902"),
              new DemoPractitioner("演示医生（库车）", "PEDIATRICS", "KQ-H")),
          new Demo(
              "lead.ped",
              "Demo lead, Pediatrics Alliance",
              "Pediatrics-lead-2020",
              Role.ALLIANCE_LEAD,
              List.of("652900"),
              new DemoPractitioner("演示儿科联盟负责人", "PEDIATRICS", "AKS-H1")),
          new Demo(
              "coordinator",
              "Demo program coordinator",
              "Qiming-phase-three",
              Role.COORDINATOR,
              List.of("652900", "659002")),
          new Demo(
              "auditor.wensu",
              "Demo auditor, Wensu County",
              "Wensu-audit-ledger",
              Role.AUDITOR,
              List.of("652922")),
          new Demo(
              "auditor.kuqa",
              "Demo auditor, Kuqa City",
              "Kuqa-audit-ledger",
              Role.AUDITOR,
              List.of("652902")));

  private DemoAccounts() {}
}
