package org.alliancecare.audit.api;

/** The latest entry of one stream: its version and hash. */
public record StreamHead(String streamType, String streamId, long streamVersion, String hash) {}
