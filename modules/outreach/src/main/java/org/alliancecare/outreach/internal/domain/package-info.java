/**
 * The outreach clinic aggregate: its schedule in an IANA time zone, its lifecycle, its staff and
 * the named rules of planning, staffing and attendance.
 */
package org.alliancecare.outreach.internal.domain;
