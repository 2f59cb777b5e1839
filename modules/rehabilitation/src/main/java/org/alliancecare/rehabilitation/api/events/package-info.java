/**
 * Facts about programs, phases and cases that other modules, the audit journal and the reports
 * observe. Every case event names the case, its number, the patient, the program, the phase the
 * case is in, and the child's place and county at enrolment, so that indicators can be counted from
 * the events alone.
 */
package org.alliancecare.rehabilitation.api.events;
