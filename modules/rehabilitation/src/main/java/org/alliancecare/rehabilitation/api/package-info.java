/**
 * The rehabilitation module's public surface: {@link
 * org.alliancecare.rehabilitation.api.RehabilitationFacade} for programs, phases, cases and
 * milestones, and the records it takes and returns.
 */
package org.alliancecare.rehabilitation.api;
