/**
 * The outside world: bulk import of child lists and past screenings from spreadsheets (CSV, XLSX),
 * row by row under the same rules as the API, and a FHIR R4 API under {@code /fhir} (read, search,
 * Bulk Data export) over the other modules' facades, with the same accounts, roles, data scope and
 * access log.
 */
package org.alliancecare.interop;
