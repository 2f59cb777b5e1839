package org.alliancecare.directory.api;

/**
 * How to reach a member of staff (for reminders; system use): their e-mail address or {@code null},
 * the language of their account ({@code zh-CN} when they never chose one), and whether the account
 * is enabled (a disabled one is told nothing).
 */
public record StaffContact(
    String username, String displayName, String email, String language, boolean enabled) {}
