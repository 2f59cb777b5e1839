/**
 * The smallest application that Payara Micro can report ready: the baseline against which the
 * benchmark measures AllianceCare's start-up.
 */
package org.alliancecare.bench.empty;
