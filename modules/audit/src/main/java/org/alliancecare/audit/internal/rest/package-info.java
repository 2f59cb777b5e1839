/**
 * The audit module over HTTP: the auditor's API ({@code /api/audit/...}) and the response filter
 * that writes the access log for every {@code @AccessLogged} resource method of any module.
 */
package org.alliancecare.audit.internal.rest;
