/**
 * The journal and the access log in PostgreSQL (schema {@code audit}), through JDBC on whatever
 * connection the caller holds: inside the application, the JTA data source's connection enlisted in
 * the caller's transaction; in tests and the benchmark, a plain one.
 */
package org.alliancecare.audit.internal.persistence;
