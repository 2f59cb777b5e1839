/**
 * The outreach schema through plain JDBC: clinics with their alliances, services and staff,
 * attendances, and the database's own guards (the exclusion constraint on staff time, the row lock
 * that serialises bookings).
 */
package org.alliancecare.outreach.internal.persistence;
