/**
 * The documents over HTTP (API.md → Documents): {@code GET /api/screenings/{id}/slip} and {@code
 * GET /api/referrals/{id}/letter}, as PDF or HTML, each print access-logged.
 */
package org.alliancecare.documents.internal.rest;
