package org.alliancecare.patients.api;

import java.io.Serializable;

/**
 * How the family of a patient wants reminders: the language of their SMS ({@code zh-CN} or {@code
 * ug-CN}) and whether they opted out. {@code version} is the preference's own (its ETag): 0 while
 * the family's choice was never recorded and the default holds. A merged-away patient answers its
 * survivor's, under the survivor's id. Serializable: the patient's page keeps it in its view state,
 * which a cluster copies to another node.
 */
public record ReminderPreference(String patientId, boolean optedOut, String language, long version)
    implements Serializable {}
