/**
 * The referral aggregate: its state machine with a transition history, its due date by urgency and
 * the infant hearing rule, and whether it is overdue on a given day.
 */
package org.alliancecare.referrals.internal.domain;
