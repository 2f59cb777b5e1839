/**
 * An alliance's roster: memberships with their history, the one-lead-at-a-time rule, aid doctors'
 * tours, and the named rules that a change can break.
 */
package org.alliancecare.alliances.internal.domain;
