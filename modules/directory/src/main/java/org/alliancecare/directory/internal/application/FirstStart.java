package org.alliancecare.directory.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.NewAccount;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.PractitionerDetails;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.internal.domain.PasswordPolicy;
import org.alliancecare.directory.internal.persistence.AccountStore;
import org.alliancecare.directory.internal.persistence.OrganisationStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure an operator can get in, once the schemas are migrated ({@code SchemaMigrations} of the
 * application). The administrator account {@code admin} is created when missing, with the password
 * of {@code ALLIANCECARE_ADMIN_PASSWORD} ({@code alliancecare.admin.password}) or, when that is
 * unset, a generated one that is written to the log this once. On a demonstration installation (the
 * launcher's embedded database, or {@code ALLIANCECARE_DEMO=true}) the demo accounts are created
 * too, each only when missing. A restart changes nothing that exists.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstStart {

  static final String ADMIN = "admin";
  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
  private static final Caller SYSTEM =
      new Caller("system", "AllianceCare", java.util.Set.of(Role.ADMIN), java.util.Set.of(), null);

  @Inject Directory directory;
  @Inject AccountStore accounts;
  @Inject OrganisationStore organisations;

  @Inject
  @ConfigProperty(name = "alliancecare.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "alliancecare.embedded.db", defaultValue = "false")
  boolean embeddedDatabase;

  @Inject
  @ConfigProperty(name = "alliancecare.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  void prepare() {
    ensureAdministrator();
    if (embeddedDatabase || demo) {
      ensureDemoAccounts();
    }
  }

  private void ensureAdministrator() {
    if (accounts.byUsername(ADMIN).isPresent()) {
      return;
    }
    Optional<String> configured = adminPassword.filter(p -> !p.isBlank());
    Optional<String> refusal = configured.flatMap(p -> PasswordPolicy.refusal(p, ADMIN));
    if (refusal.isPresent()) {
      LOG.severe(
          "ALLIANCECARE_ADMIN_PASSWORD "
              + refusal.get()
              + " (at least "
              + PasswordPolicy.MINIMUM_LENGTH
              + " characters, not a common password); a generated password is used instead");
    }
    String password = configured.filter(p -> refusal.isEmpty()).orElseGet(FirstStart::generate);
    directory.createAccount(
        new NewAccount(
            ADMIN, "Administrator", password, List.of(Role.ADMIN), null, List.of(), null),
        SYSTEM);
    if (configured.isPresent() && refusal.isEmpty()) {
      LOG.info("created the administrator account 'admin' with ALLIANCECARE_ADMIN_PASSWORD");
    } else {
      LOG.warning(
          "\n*** First start: created the administrator account 'admin' with the generated password"
              + "\n***     "
              + password
              + "\n*** It is shown only this once. Sign in and set your own"
              + " (PATCH /api/accounts/admin),\n*** or set ALLIANCECARE_ADMIN_PASSWORD before the"
              + " first start next time.");
    }
  }

  private void ensureDemoAccounts() {
    int created = 0;
    for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
      if (accounts.byUsername(demo.username()).isEmpty()) {
        directory.createAccount(
            new NewAccount(
                demo.username(),
                demo.displayName(),
                demo.password(),
                List.of(demo.role()),
                practitionerOf(demo),
                demo.jurisdiction(),
                null),
            SYSTEM);
        created++;
      }
    }
    int made = created;
    LOG.info(
        () ->
            "demonstration installation: "
                + made
                + " demo accounts created (see docs/demo-accounts.md)");
  }

  /** Registers the demo account's practitioner, if it has one, and answers its id. */
  private String practitionerOf(DemoAccounts.Demo demo) {
    DemoAccounts.DemoPractitioner practitioner = demo.practitioner();
    if (practitioner == null) {
      return null;
    }
    return organisations
        .byKey(practitioner.organisationKey())
        .map(
            organisation ->
                directory
                    .registerPractitioner(
                        new PractitionerDetails(
                            practitioner.name(),
                            practitioner.specialty(),
                            Origin.LOCAL,
                            organisation.id(),
                            null,
                            null,
                            null),
                        SYSTEM)
                    .id())
        .orElse(null);
  }

  private static String generate() {
    SecureRandom random = new SecureRandom();
    while (true) {
      byte[] bytes = new byte[18];
      random.nextBytes(bytes);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      if (PasswordPolicy.refusal(password, ADMIN).isEmpty()) {
        return password;
      }
    }
  }
}
