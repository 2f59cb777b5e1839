/**
 * The HTTP conventions of API.md, implemented once for every module: JSON binding that refuses
 * unknown fields, {@code application/problem+json} for every error, the request body limit and the
 * security headers.
 */
package org.alliancecare.app.internal.http;
