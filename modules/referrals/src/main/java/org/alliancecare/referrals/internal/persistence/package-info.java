/** Referrals and their transitions in the {@code referrals} schema, read and written with JDBC. */
package org.alliancecare.referrals.internal.persistence;
