package org.alliancecare.reporting.api;

/**
 * An event as the audit journal recorded it, to be projected again by a rebuild.
 *
 * @param seq its place in the journal
 * @param payload the event record as JSON
 */
public record RecordedEvent(long seq, String streamType, String eventType, String payload) {}
