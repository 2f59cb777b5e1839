/**
 * The screening endpoints of API.md: parse, check the role, call the facade with the current
 * caller, answer 201 with Location and the version as ETag.
 */
package org.alliancecare.screening.internal.rest;
