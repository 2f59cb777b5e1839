package org.alliancecare.reporting.api;

/**
 * What a rebuild did.
 *
 * @param eventsRead journal entries read
 * @param eventsProjected of those, events that the read models follow
 */
public record Rebuilt(long eventsRead, long eventsProjected) {}
