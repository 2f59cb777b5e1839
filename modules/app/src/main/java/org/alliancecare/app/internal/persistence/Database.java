package org.alliancecare.app.internal.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's PostgreSQL data source, pooled by Payara. Its address and credentials come from
 * MicroProfile Config ({@code ALLIANCECARE_DB_URL}, {@code _USER}, {@code _PASSWORD}); the launcher
 * sets them to its embedded database when none is configured. A connection is validated before use
 * when it has not been validated in the last 30 seconds, so the pool recovers by itself after the
 * database restarts (and a failed validation discards every pooled connection), without a
 * validation query on the way to every statement: most requests take a connection several times,
 * and validating each time doubled their round trips to the database (bench/README.md).
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=alliancecare.db.url}",
    user = "${MPCONFIG=alliancecare.db.user}",
    password = "${MPCONFIG=alliancecare.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=30",
      "fish.payara.fail-all-connections=true",
      "fish.payara.statement-timeout-in-seconds=60",
      "ApplicationName=AllianceCare"
    })
@ApplicationScoped
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/alliancecare";
}
