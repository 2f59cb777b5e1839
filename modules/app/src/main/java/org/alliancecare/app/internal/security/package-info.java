/**
 * Who is calling: the authentication mechanism of Jakarta Security (bearer tokens for the REST API,
 * the browser's session for the web UI, both opened by the directory's sign-in) and its identity
 * store, the current caller for every module, and the enforcement of {@code @RolesAllowed} on the
 * REST resources (anonymous → 401, wrong role → 403, both as problem documents).
 */
package org.alliancecare.app.internal.security;
