package org.alliancecare.web.api;

import java.io.Serializable;

/** One county's row of a program's indicators, as the page charts them. */
public interface CountyFigures extends Serializable {

  String countyCode();

  String nameZh();

  String nameEn();

  long screened();

  long refer();

  long referred();

  long enrolled();

  long rehabilitated();
}
