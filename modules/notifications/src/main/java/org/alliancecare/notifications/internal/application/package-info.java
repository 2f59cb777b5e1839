/**
 * The facade, the observers that keep the rules' facts and write event-caused reminders in the
 * change's transaction, the scan of time-based rules (once in the cluster) and the outbox worker.
 */
package org.alliancecare.notifications.internal.application;
