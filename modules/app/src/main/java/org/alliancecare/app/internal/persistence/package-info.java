/**
 * The one database: its data source, the schema migrations that run before any request is served,
 * and the readiness check that reports both.
 */
package org.alliancecare.app.internal.persistence;
