/**
 * The rehabilitation facade (the transaction boundary for programs, phases and cases), and the
 * observers that follow completed referrals and patient merges.
 */
package org.alliancecare.rehabilitation.internal.application;
