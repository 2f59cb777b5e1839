/**
 * The projection of events into the read models (live, in the raising transaction, and again from
 * the journal), and the facade that reads the indicators.
 */
package org.alliancecare.reporting.internal.application;
