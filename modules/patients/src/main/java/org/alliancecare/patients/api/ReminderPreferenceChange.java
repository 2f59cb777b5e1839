package org.alliancecare.patients.api;

/**
 * A change to the family's reminder preference ({@code PUT /api/patients/{id}/reminders}); what is
 * {@code null} stays as it is. {@code language}: {@code zh-CN} or {@code ug-CN}.
 */
public record ReminderPreferenceChange(Boolean optedOut, String language) {}
