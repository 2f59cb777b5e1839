package org.alliancecare.outreach.api;

/** What a clinic offers (DOMAIN.md, Outreach clinics). */
public enum ClinicService {
  VISION_SCREENING,
  HEARING_SCREENING,
  SPEECH_SCREENING,
  CONSULTATION,
  REHABILITATION_ASSESSMENT,
  HEALTH_EDUCATION
}
