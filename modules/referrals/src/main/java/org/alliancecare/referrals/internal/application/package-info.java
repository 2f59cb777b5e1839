/**
 * The referrals facade: the transaction boundary that checks scope, loads and stores referrals and
 * raises their events; and the observer that follows patient merges.
 */
package org.alliancecare.referrals.internal.application;
