/** Indicators of programs and alliances, computed from the modules' events into read models. */
package org.alliancecare.reporting;
