/**
 * The screening classification engine: turns the measurements of a vision, hearing or speech
 * screening into PASS or REFER and the standard classifications (ICD-11, WHO 2021, GB/T 26341-2010)
 * under a versioned children's rule set. Plain Java, no container, no persistence.
 */
package org.alliancecare.screening.internal.domain.classification;
