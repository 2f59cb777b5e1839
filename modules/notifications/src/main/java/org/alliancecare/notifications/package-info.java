/**
 * Reminders that close the loop: rules as data say who is told what and when; a reminder is written
 * to a transactional outbox with the change that causes it (or by a scheduled scan, once in the
 * cluster) and delivered by a worker, exactly once per cause, recipient and channel, through the
 * in-app inbox, e-mail (SMTP) or SMS (an HTTP gateway). docs/reminders.md.
 */
package org.alliancecare.notifications;
