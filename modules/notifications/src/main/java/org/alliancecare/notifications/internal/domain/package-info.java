/** Reminder rules, their triggers and recipients, quiet hours and the backoff of retries. */
package org.alliancecare.notifications.internal.domain;
