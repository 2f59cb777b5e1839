/**
 * The FHIR Bulk Data export ({@code $export}): jobs, NDJSON files per type streamed from the
 * database batch by batch, the manifest, and the files' deletion after their time.
 */
package org.alliancecare.interop.internal.export;
