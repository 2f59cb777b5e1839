package org.alliancecare.testing;

import java.util.Map;

/**
 * The demo accounts that the application creates on an embedded database (docs/demo-accounts.md),
 * for whole-application tests: {@code DemoAccounts.signIn(api, DemoAccounts.DOCTOR_WENSU)}.
 */
public final class DemoAccounts {

  public static final String DOCTOR_WENSU = "doctor.wensu";
  public static final String DOCTOR_KUQA = "doctor.kuqa";
  public static final String LEAD_PED = "lead.ped";
  public static final String COORDINATOR = "coordinator";
  public static final String AUDITOR_WENSU = "auditor.wensu";
  public static final String AUDITOR_KUQA = "auditor.kuqa";

  private static final Map<String, String> PASSWORDS =
      Map.of(
          DOCTOR_WENSU, "Jiamu-clinic-2024",
          DOCTOR_KUQA, "Yongku-clinic-2024",
          LEAD_PED, "Pediatrics-lead-2020",
          COORDINATOR, "Qiming-phase-three",
          AUDITOR_WENSU, "Wensu-audit-ledger",
          AUDITOR_KUQA, "Kuqa-audit-ledger");

  private DemoAccounts() {}

  public static String password(String username) {
    String password = PASSWORDS.get(username);
    if (password == null) {
      throw new IllegalArgumentException("no demo account " + username);
    }
    return password;
  }

  /** Signs in and answers a client that sends the account's bearer token. */
  public static Api signIn(Api api, String username) {
    return signIn(api, username, password(username));
  }

  public static Api signIn(Api api, String username, String password) {
    ApiResponse session =
        api.post(
            "/api/session",
            "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    if (session.status() != 200) {
      throw new IllegalStateException("could not sign in as " + username + ": " + session);
    }
    return api.as(session.json().getString("token"));
  }
}
