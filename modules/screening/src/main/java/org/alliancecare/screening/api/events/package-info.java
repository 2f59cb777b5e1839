/**
 * Facts about screenings that the audit journal records and other modules may observe. They carry
 * ids, codes and measurements, never a patient's name or identity number.
 */
package org.alliancecare.screening.api.events;
