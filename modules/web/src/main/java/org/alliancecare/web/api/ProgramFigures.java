package org.alliancecare.web.api;

import java.io.Serializable;
import java.util.List;
import org.alliancecare.reporting.api.ProgramIndicators;

/**
 * A program's indicators per county and in total ({@code GET /api/reports/programs/{code}}), as the
 * indicators page shows them; the page reads the rest of the report's members by name.
 */
public interface ProgramFigures extends Serializable {

  String programCode();

  /** The phase reported on; {@code null} for the whole program. */
  Integer phase();

  List<? extends CountyFigures> rows();

  ProgramIndicators total();

  /** The report as the same CSV document as the API's {@code Accept: text/csv}. */
  String csv();
}
