/**
 * The notifications module's public surface: {@link
 * org.alliancecare.notifications.api.NotificationsFacade}, a staff member's inbox and the
 * deliveries coordinators follow.
 */
package org.alliancecare.notifications.api;
