package org.alliancecare.app;

import java.util.Locale;
import java.util.Set;

/**
 * The modules of AllianceCare and whose public API each may use (ARCHITECTURE.md, "Allowed module
 * dependencies"). The architecture tests check the code against this table, and the schema
 * migrations run once per module that owns a schema: a new module is one more line here.
 */
public enum Module {
  KERNEL(false),
  DIRECTORY(true, KERNEL),
  AUDIT(true, KERNEL);

  private final boolean ownsSchema;
  private final Set<Module> uses;

  Module(boolean ownsSchema, Module... uses) {
    this.ownsSchema = ownsSchema;
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
    return ownsSchema;
  }

  /** The modules whose {@code api} this one may use. */
  public Set<Module> uses() {
    return uses;
  }
}
