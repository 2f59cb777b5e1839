package org.alliancecare.alliances.api;

import java.time.LocalDate;

/** A practitioner to admit, in a role, from a day ({@code POST /api/alliances/{id}/members}). */
public record NewMembership(String practitionerId, MembershipRole role, LocalDate since) {}
