/**
 * The referrals module's public surface: {@link org.alliancecare.referrals.api.ReferralsFacade} and
 * the records it takes and returns. Other modules refer to a referral by its id only.
 */
package org.alliancecare.referrals.api;
