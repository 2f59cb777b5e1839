package org.alliancecare.outreach.api;

/** A practitioner to staff a clinic in a role (e.g. DOCTOR, NURSE, THERAPIST). */
public record StaffAssignment(String practitionerId, String role) {}
