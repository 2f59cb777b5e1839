/**
 * The outreach facade: the transaction boundary that locks a clinic, asks the directory, the
 * alliances and the patients modules for the facts its rules need, applies the change, stores it
 * and fires its events; and the iCalendar feed.
 */
package org.alliancecare.outreach.internal.application;
