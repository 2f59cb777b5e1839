/**
 * The web UI (Jakarta Faces with PrimeFaces): the backing beans of the pages under {@code
 * src/main/resources/META-INF/resources}. They call the same module facades as the REST API and
 * hold no rule of their own; what a facade refuses is shown as a message in the page's language.
 * Reads of personal data are written to the access log as the API's are.
 */
package org.alliancecare.web.internal;
