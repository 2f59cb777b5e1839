package org.alliancecare.outreach.api;

/**
 * Filters of the calendar feed: clinics of an alliance (host or joining), clinics that a
 * practitioner staffs; {@code null} admits every clinic.
 */
public record CalendarQuery(String allianceId, String practitionerId) {}
