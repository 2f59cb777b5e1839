/**
 * Facts the alliances module publishes: alliances founded, members admitted, leads appointed and
 * memberships ended. Each is journaled on the alliance's stream.
 */
package org.alliancecare.alliances.api.events;
