/**
 * The directory's HTTP resources below {@code /api}: session, me, accounts, places, organisations
 * and practitioners. They parse, name the roles they admit, hand the caller to the facade and map
 * the result.
 */
package org.alliancecare.directory.internal.rest;
