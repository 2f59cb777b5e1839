/** The referrals' HTTP resources (API.md → Referrals): parse, authorise, delegate, map. */
package org.alliancecare.referrals.internal.rest;
