package org.alliancecare.web.api;

/** One county's row of a program's indicators, as the page charts them. */
public interface CountyFigures {

  String countyCode();

  String nameZh();

  String nameEn();

  long screened();

  long refer();

  long referred();

  long enrolled();

  long rehabilitated();
}
