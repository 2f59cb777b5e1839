package org.alliancecare.outreach.api;

/** A patient seen at a clinic ({@code POST /api/clinics/{id}/attendances}). */
public record NewAttendance(String patientId, AttendanceKind kind, String note) {}
