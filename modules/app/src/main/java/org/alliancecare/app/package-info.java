/**
 * The AllianceCare application: the one WAR that assembles the business modules, and the
 * cross-cutting mechanisms they share (HTTP conventions, schema migrations, idempotency).
 */
package org.alliancecare.app;
