package org.alliancecare.app;

import java.util.Locale;
import java.util.Set;

/**
 * The modules of AllianceCare and whose public API each may use (ARCHITECTURE.md, "Allowed module
 * dependencies"). The architecture tests check the code against this table, and the schema
 * migrations run once per module that owns a schema: a new module is one more line here.
 */
public enum Module {
  KERNEL(Schema.NONE, Events.OWN),
  DIRECTORY(Schema.OWN, Events.OWN, KERNEL),
  ALLIANCES(Schema.OWN, Events.OWN, KERNEL, DIRECTORY),
  PATIENTS(Schema.OWN, Events.OWN, KERNEL, DIRECTORY),
  OUTREACH(Schema.OWN, Events.OWN, KERNEL, DIRECTORY, ALLIANCES, PATIENTS),
  SCREENING(Schema.OWN, Events.OWN, KERNEL, DIRECTORY, PATIENTS),
  REFERRALS(Schema.OWN, Events.OWN, KERNEL, DIRECTORY, PATIENTS),
  REHABILITATION(Schema.OWN, Events.OWN, KERNEL, DIRECTORY, PATIENTS, SCREENING, REFERRALS),
  AUDIT(Schema.OWN, Events.OWN, KERNEL),
  REPORTING(Schema.OWN, Events.EVERY_MODULE, KERNEL),
  /**
   * Reminders: rules as data, a transactional outbox, the inbox, e-mail and SMS; it observes the
   * events of every module and reads guardians and accounts through their facades.
   */
  NOTIFICATIONS(Schema.OWN, Events.EVERY_MODULE, KERNEL, DIRECTORY, PATIENTS),
  /** The offline field app: the pack of a clinic day over the facades it works with. */
  FIELD(Schema.NONE, Events.OWN, KERNEL, DIRECTORY, PATIENTS, OUTREACH, SCREENING),
  /**
   * Printed documents for families and receiving hospitals: a screening's result slip and a
   * referral's letter, in Uyghur and Chinese, as PDF or printable HTML.
   */
  DOCUMENTS(Schema.NONE, Events.OWN, KERNEL, DIRECTORY, PATIENTS, SCREENING, REFERRALS),
  /**
   * The outside world: bulk import of child lists and past screenings (CSV, XLSX), and the FHIR R4
   * API (read, search, Bulk Data export) over the modules' facades.
   */
  INTEROP(
      Schema.OWN,
      Events.OWN,
      KERNEL,
      DIRECTORY,
      PATIENTS,
      SCREENING,
      REFERRALS,
      REHABILITATION,
      AUDIT),
  /** The web UI: pages over every module's facades; what the WAR composes it asks via web.api. */
  WEB(
      Schema.NONE,
      Events.OWN,
      KERNEL,
      DIRECTORY,
      ALLIANCES,
      PATIENTS,
      OUTREACH,
      SCREENING,
      REFERRALS,
      REHABILITATION,
      AUDIT,
      REPORTING,
      NOTIFICATIONS,
      DOCUMENTS,
      INTEROP);

  /** Whether the module has its own database schema (and migrations) yet. */
  enum Schema {
    OWN,
    NONE
  }

  /** Whose {@code api.events} the module may observe besides those of the modules it uses. */
  enum Events {
    OWN,
    EVERY_MODULE
  }

  private final Schema schema;
  private final Events events;
  private final Set<Module> uses;

  Module(Schema schema, Events events, Module... uses) {
    this.schema = schema;
    this.events = events;
    this.uses = Set.of(uses);
  }

  /** The module's name: its package below {@code org.alliancecare}, its schema and its folder. */
  public String moduleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String rootPackage() {
    return "org.alliancecare." + moduleName();
  }

  public boolean ownsSchema() {
    return schema == Schema.OWN;
  }

  /** The modules whose {@code api} this one may use. */
  public Set<Module> uses() {
    return uses;
  }

  /** Whether it may observe the {@code api.events} of every module (reporting's read models). */
  public boolean observesEveryModule() {
    return events == Events.EVERY_MODULE;
  }
}
