package org.alliancecare.interop.internal.export;

/**
 * One NDJSON file of a finished export: a resource type's resources, one a line.
 *
 * @param position the file's place in the manifest's {@code output}, from 1
 * @param fileName the file's name in the job's folder and in its URL
 */
public record ExportFile(
    int position, String resourceType, String fileName, long resources, long bytes) {}
