package org.alliancecare.interop.internal.imports;

import java.util.Map;

/**
 * One data row of an imported file: its number as a spreadsheet shows it (the header is row 1) and
 * its non-blank cells by column (the API name), trimmed.
 */
record SheetRow(long number, Map<String, String> cells) {

  SheetRow {
    cells = Map.copyOf(cells);
  }

  /** The cell's text, or null when the cell is blank or the file has no such column. */
  String cell(String column) {
    return cells.get(column);
  }

  boolean has(String column) {
    return cells.containsKey(column);
  }
}
