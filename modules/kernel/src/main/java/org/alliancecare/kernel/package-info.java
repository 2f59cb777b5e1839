/**
 * The shared kernel of AllianceCare: the few types every module speaks (typed ids, business rule
 * violations, domain events, paging, versions). It depends on nothing of ours.
 */
package org.alliancecare.kernel;
