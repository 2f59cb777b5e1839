package org.alliancecare.interop.api;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a file would do, with nothing stored: every bad row and column named.
 *
 * @param rows the data rows read (the header not counted)
 * @param accepted the rows that would be imported
 * @param rejected the rows that would be refused
 * @param errors each refusal, by row and column
 */
public record DryRunReport(long rows, long accepted, long rejected, List<RowError> errors)
    implements Serializable {
  public DryRunReport {
    errors = List.copyOf(errors);
  }
}
