/**
 * Bulk import of child lists and past screenings: files streamed row by row (CSV by commons-csv,
 * XLSX by a streaming reader), each row under the API's rules, in batches in the background.
 */
package org.alliancecare.interop.internal.imports;
