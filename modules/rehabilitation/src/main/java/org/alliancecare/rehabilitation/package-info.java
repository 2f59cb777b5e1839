/** The rehabilitation program (启明行动): programs, phases, cases, stages and milestones. */
package org.alliancecare.rehabilitation;
