/**
 * The alliances module's public surface: {@link org.alliancecare.alliances.api.AlliancesFacade}
 * with its command and view records. Other modules (outreach) ask it who is a member or the lead of
 * an alliance on a day.
 */
package org.alliancecare.alliances.api;
