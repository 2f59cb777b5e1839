/** Outreach clinics (下乡义诊): scheduling, staffing, attendance and the calendar feed. */
package org.alliancecare.outreach;
