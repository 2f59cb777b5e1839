package org.alliancecare.interop.api;

/** The formats of the downloadable import templates (and of the files an import accepts). */
public enum TemplateFormat {
  CSV,
  XLSX
}
