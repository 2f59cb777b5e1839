/**
 * Facts about referrals that other modules, the audit journal and the reports observe. Every event
 * names the referral, its number, the patient, and the patient's place and county when the referral
 * was requested, so that indicators can be counted from the events alone.
 */
package org.alliancecare.referrals.api.events;
