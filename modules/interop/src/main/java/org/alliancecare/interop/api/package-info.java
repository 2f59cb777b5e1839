/** What other modules (the REST resources, the web UI) ask of imports. */
package org.alliancecare.interop.api;
