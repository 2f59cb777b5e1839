/**
 * Test harness: a real PostgreSQL for integration tests (one per test JVM) and helpers to start the
 * packaged application and speak HTTP to it.
 */
package org.alliancecare.testing;
