package org.alliancecare.app.internal.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The PostgreSQL streaming replica's data source, for the reads that may be served by it ({@link
 * ReplicaReads}). Its address comes from {@code ALLIANCECARE_REPLICA_DB_URL} (MicroProfile Config
 * {@code alliancecare.replica.db.url}), its login from {@code _USER} and {@code _PASSWORD}; each
 * defaults to the primary's ({@code config/microprofile-config.properties}), because a data
 * source's address cannot be left unset: when it equals the primary's, no replica is configured and
 * this pool is never used (it holds no connection until asked for one).
 *
 * <p>Small, read-only (PostgreSQL refuses any write on its connections, on a primary as well) and
 * not enlisted in JTA transactions: a replica read is a read-only transaction of its own beside the
 * caller's. Validated as the primary's pool is, but on every use rather than at most every 30
 * seconds: after the replica restarts, a pooled connection to its previous process would otherwise
 * fail each read until then, each falling back to the primary, while a failed validation discards
 * them all at once (one more round trip on the replica per read, beside the one that checks its
 * position). A replica that does not answer is given up on after two seconds to connect, and a
 * pooled connection is waited for at most one second, so that a read falls back to the primary
 * quickly.
 */
@DataSourceDefinition(
    name = ReplicaDatabase.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=alliancecare.replica.db.url}",
    user = "${MPCONFIG=alliancecare.replica.db.user}",
    password = "${MPCONFIG=alliancecare.replica.db.password}",
    transactional = false,
    initialPoolSize = 0,
    minPoolSize = 0,
    maxPoolSize = 10,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.statement-timeout-in-seconds=60",
      "fish.payara.max-wait-time-in-millis=1000",
      "readOnly=true",
      "readOnlyMode=always",
      "connectTimeout=2",
      "ApplicationName=AllianceCare replica reads"
    })
@ApplicationScoped
public class ReplicaDatabase {

  public static final String JNDI_NAME = "java:app/jdbc/alliancecare-replica";
}
