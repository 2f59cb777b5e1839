/**
 * Closed-loop referrals: requested, accepted, scheduled and completed, or declined or cancelled.
 */
package org.alliancecare.referrals;
