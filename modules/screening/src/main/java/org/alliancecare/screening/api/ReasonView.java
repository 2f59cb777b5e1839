package org.alliancecare.screening.api;

import java.io.Serializable;

/**
 * Why a screening was referred, or a remark on its classification: a stable {@code code} and a
 * sentence a person can read.
 */
public record ReasonView(String code, String text) implements Serializable {}
