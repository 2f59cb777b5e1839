/**
 * The rehabilitation program's HTTP resources (API.md → Rehabilitation program): programs and
 * phases for coordinators, cases with stages and milestones.
 */
package org.alliancecare.rehabilitation.internal.rest;
