/**
 * Audit: the tamper-evident journal of every change (hash-chained per stream, append-only), the
 * access log of every read of personal data, and the auditor's API over both.
 */
package org.alliancecare.audit;
