/**
 * The reporting module's public surface: {@link org.alliancecare.reporting.api.ReportingFacade},
 * the indicators of a program and of the alliances computed from its read models, and the rebuild
 * of those read models from the audit journal.
 */
package org.alliancecare.reporting.api;
