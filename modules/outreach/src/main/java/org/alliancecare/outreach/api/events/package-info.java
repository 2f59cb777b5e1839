/**
 * Facts the outreach module publishes, each journaled on its clinic's stream: clinics planned,
 * revised, rescheduled, staffed, published, started, completed and cancelled, and patients seen.
 */
package org.alliancecare.outreach.api.events;
