package org.alliancecare.interop.api;

import java.io.Serializable;

/**
 * What is wrong with one cell (or one row, when {@code column} is null) of an imported file.
 *
 * @param row the row's number as a spreadsheet shows it (the header is row 1)
 * @param column the column's header as the file names it, or null for the row as a whole
 * @param message the reason, in the language of whoever reads it
 */
public record RowError(long row, String column, String message) implements Serializable {}
