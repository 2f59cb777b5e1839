package org.alliancecare.web.internal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.rehabilitation.api.PhaseView;
import org.alliancecare.rehabilitation.api.ProgramView;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;
import org.alliancecare.reporting.api.ProgramIndicators;
import org.alliancecare.web.api.CountyFigures;
import org.alliancecare.web.api.IndicatorReports;
import org.alliancecare.web.api.ProgramFigures;

/**
 * A program's indicators (the same report as {@code GET /api/reports/programs/{code}}): per county
 * in a chart and a table, per phase in a chart, and the table as the same CSV as the API's.
 */
@Named
@ViewScoped
public class IndicatorsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Colours of the series, one per indicator, the same in both charts. */
  private static final List<String> COLOURS =
      List.of("#1f5f8b", "#b3261e", "#8a5a00", "#1e7b34", "#6b3fa0");

  @Inject IndicatorReports reports;
  @Inject RehabilitationFacade rehabilitation;
  @Inject CurrentCaller caller;
  @Inject Feedback feedback;
  @Inject Texts texts;
  @Inject Names names;

  private String code = ProgramPage.DEFAULT_PROGRAM;
  private Integer phase;
  private ProgramFigures report;
  private String countyChart;
  private String phaseChart;

  public void load() {
    report =
        feedback
            .attempt(
                () ->
                    reports.report(
                        code, phase == null ? null : phase.toString(), null, caller.get()))
            .orElse(null);
    if (report == null) {
      return;
    }
    List<String> counties = new ArrayList<>();
    report.rows().forEach(r -> counties.add(names.localized(r.nameZh(), r.nameEn())));
    countyChart =
        chart(
            counties,
            List.of(
                series("indicator.screened", report.rows(), CountyFigures::screened),
                series("indicator.refer", report.rows(), CountyFigures::refer),
                series("indicator.referred", report.rows(), CountyFigures::referred),
                series("indicator.enrolled", report.rows(), CountyFigures::enrolled),
                series("indicator.rehabilitated", report.rows(), CountyFigures::rehabilitated)));
    ProgramView program = rehabilitation.program(code, caller.get());
    List<String> phases = new ArrayList<>();
    List<ProgramIndicators> totals = new ArrayList<>();
    for (PhaseView each :
        program.phases().stream().sorted(Comparator.comparing(PhaseView::number)).toList()) {
      phases.add(texts.text("indicators.phase", each.number()));
      totals.add(reports.report(code, String.valueOf(each.number()), null, caller.get()).total());
    }
    phaseChart =
        chart(
            phases,
            List.of(
                series("indicator.screened", totals, ProgramIndicators::screened),
                series("indicator.refer", totals, ProgramIndicators::refer),
                series("indicator.referred", totals, ProgramIndicators::referred),
                series("indicator.enrolled", totals, ProgramIndicators::enrolled),
                series("indicator.rehabilitated", totals, ProgramIndicators::rehabilitated)));
  }

  private <T> JsonObjectBuilder series(
      String key, List<? extends T> rows, ToLongFunction<T> figure) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    rows.forEach(row -> values.add(figure.applyAsLong(row)));
    return Json.createObjectBuilder().add("label", texts.text(key)).add("data", values);
  }

  /**
   * A Chart.js bar chart (PrimeFaces {@code p:chart}) of the series over the labels; on a page
   * written right to left (Uyghur) mirrored: the legend and the tooltips read right to left, the
   * first county stands on the right and the axis of the figures is on the right.
   */
  private String chart(List<String> labels, List<JsonObjectBuilder> series) {
    boolean rtl = Preferences.rightToLeft(texts.locale());
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      datasets.add(series.get(i).add("backgroundColor", COLOURS.get(i % COLOURS.size())));
    }
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                // the chart fills its box's height (app.css), not half its width: on a phone a
                // chart as high as half the screen's width was 150 px tall
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", direction(rtl))
                        .add("tooltip", direction(rtl)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("reverse", rtl))
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("position", rtl ? "right" : "left")
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  /** Chart.js's options of a legend or a tooltip for the page's direction. */
  private static JsonObjectBuilder direction(boolean rtl) {
    return Json.createObjectBuilder().add("rtl", rtl).add("textDirection", rtl ? "rtl" : "ltr");
  }

  /** The table as CSV, the same document as the API's {@code Accept: text/csv}. */
  public void download() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    byte[] csv = report.csv().getBytes(StandardCharsets.UTF_8);
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseContentLength(csv.length);
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"indicators-"
            + report.programCode()
            + (report.phase() == null ? "" : "-phase-" + report.phase())
            + ".csv\"");
    try {
      external.getResponseOutputStream().write(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    if (code != null && !code.isBlank()) {
      this.code = code.strip();
    }
  }

  public Integer getPhase() {
    return phase;
  }

  public void setPhase(Integer phase) {
    this.phase = phase;
  }

  public String getPhaseName() {
    return report == null || report.phase() == null
        ? ""
        : texts.text("indicators.phase", report.phase());
  }

  public ProgramFigures getReport() {
    return report;
  }

  public String getCountyChart() {
    return countyChart;
  }

  public String getPhaseChart() {
    return phaseChart;
  }
}
