/**
 * Screenings of vision, hearing and speech: capture at a clinic, the computed result and
 * classification, and corrections as new versions. See {@code docs/screening.md}.
 */
package org.alliancecare.screening;
