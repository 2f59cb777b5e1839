/** What other modules (the REST resources, the web UI) ask of the printed documents. */
package org.alliancecare.documents.api;
