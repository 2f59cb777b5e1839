package org.alliancecare.screening.internal.persistence;

/** The application's one data source, as the application module defines it. */
final class ScreeningDatabase {

  static final String JNDI_NAME = "java:app/jdbc/alliancecare";

  private ScreeningDatabase() {}
}
