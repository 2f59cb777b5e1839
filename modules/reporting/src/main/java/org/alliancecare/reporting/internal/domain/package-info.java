/**
 * The rules of the read models that are not SQL: the county of a place code, the milestones that
 * count as an intervention, and the day a moment falls on.
 */
package org.alliancecare.reporting.internal.domain;
