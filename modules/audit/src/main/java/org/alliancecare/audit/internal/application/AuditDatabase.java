package org.alliancecare.audit.internal.application;

/** The application's one data source, as the application module defines it. */
final class AuditDatabase {

  static final String JNDI_NAME = "java:app/jdbc/alliancecare";

  private AuditDatabase() {}
}
