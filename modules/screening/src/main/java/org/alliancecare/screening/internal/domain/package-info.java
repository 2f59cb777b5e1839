/**
 * The screening aggregate: a screening recorded once and corrected only by adding versions, each
 * classified by the engine of {@code classification} under a named rule set; and the ports through
 * which the application stores screenings and finds rule sets.
 */
package org.alliancecare.screening.internal.domain;
