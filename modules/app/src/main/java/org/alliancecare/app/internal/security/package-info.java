/**
 * Who is calling: the bearer-token authentication mechanism and identity store of Jakarta Security,
 * the current caller for every module, and the enforcement of {@code @RolesAllowed} on the REST
 * resources (anonymous → 401, wrong role → 403, both as problem documents).
 */
package org.alliancecare.app.internal.security;
