/**
 * Programs, phases, cases and milestones in the {@code rehabilitation} schema, read and written
 * with JDBC on the application's JTA data source.
 */
package org.alliancecare.rehabilitation.internal.persistence;
