/**
 * Programs with their eligibility and milestone templates, phases with their quota, and the case
 * aggregate: enrolment checks, stages, milestones and the carry-over of open cases when a phase
 * closes. Each broken rule is a class named after the rule.
 */
package org.alliancecare.rehabilitation.internal.domain;
