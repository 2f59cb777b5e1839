/**
 * Test harness: a real PostgreSQL for integration tests (one per test JVM), helpers to start the
 * packaged application and speak HTTP to it, and the stand-ins of tests that wire a facade by hand
 * (a {@link org.alliancecare.testing.MovableClock}, {@link org.alliancecare.testing.Stubs} of other
 * modules' facades).
 */
package org.alliancecare.testing;
