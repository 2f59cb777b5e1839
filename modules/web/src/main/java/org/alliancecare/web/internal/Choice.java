package org.alliancecare.web.internal;

import java.io.Serializable;

/** One option of a list on a page: the value sent and the label shown (in the page's language). */
public record Choice(String value, String label) implements Serializable {}
