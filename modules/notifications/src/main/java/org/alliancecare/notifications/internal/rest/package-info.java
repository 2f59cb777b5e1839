/** The inbox ({@code /api/me/inbox}) and the reminders' deliveries ({@code /api/notifications}). */
package org.alliancecare.notifications.internal.rest;
