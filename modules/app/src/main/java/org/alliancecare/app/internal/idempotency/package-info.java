/**
 * Idempotent creates: the {@code Idempotency-Key} of a request, the hash of its body and its
 * response are stored in the same transaction as what the request created, so a retry over a bad
 * network gets the original answer and never a second record.
 */
package org.alliancecare.app.internal.idempotency;
