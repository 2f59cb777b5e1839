/**
 * The journal's rules as plain Java: the canonical form of an entry, the hash chain over a stream,
 * the verification that recomputes it, and the root hash of a checkpoint.
 */
package org.alliancecare.audit.internal.domain;
