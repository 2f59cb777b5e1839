/**
 * The reports of API.md (Reports): the reporting module's indicators, limited to the caller's data
 * scope and the program's places, named with the directory's places and the alliances' names, as
 * JSON or CSV; and the rebuild of reporting's read models from the audit journal.
 */
package org.alliancecare.app.internal.reports;
