/**
 * The database: its data source, the schema migrations that run before any request is served, and
 * the readiness check that reports both; and the optional streaming replica that reports and
 * auditor searches read on when it has caught up ({@link
 * org.alliancecare.app.internal.persistence.ReplicaReads}), with its lag in the metrics and health.
 */
package org.alliancecare.app.internal.persistence;
