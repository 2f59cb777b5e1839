/**
 * The directory's domain: the place hierarchy and its coverage, organisations, practitioners,
 * accounts with their password hashes, sign-in attempts and lockout, and bearer sessions.
 */
package org.alliancecare.directory.internal.domain;
