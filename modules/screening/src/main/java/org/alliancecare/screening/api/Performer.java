package org.alliancecare.screening.api;

import java.io.Serializable;

/** Who performed a screening: the account, and its practitioner when the account has one. */
public record Performer(String username, String practitionerId) implements Serializable {}
