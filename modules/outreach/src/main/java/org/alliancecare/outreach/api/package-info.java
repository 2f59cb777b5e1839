/**
 * The outreach module's public surface: {@link org.alliancecare.outreach.api.OutreachFacade} with
 * its command and view records, for the REST layer, the web UI and other modules.
 */
package org.alliancecare.outreach.api;
