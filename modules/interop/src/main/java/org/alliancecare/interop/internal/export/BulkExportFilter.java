package org.alliancecare.interop.internal.export;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.RecordNotFound;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The HTTP side of the Bulk Data export, in front of the FHIR servlet under {@code /fhir}:
 *
 * <ul>
 *   <li>kick-off: {@code GET /fhir/$export}, {@code /fhir/Patient/$export}, {@code
 *       /fhir/Group/{id}/$export} → 202 with {@code Content-Location} of the status URL;
 *   <li>status: {@code GET /fhir/bulk/{job}} → 202 with {@code X-Progress} and {@code Retry-After}
 *       while it runs, 200 with the manifest when done, 500 with an OperationOutcome when it
 *       failed; {@code DELETE} → 202, the job and its files gone;
 *   <li>files: {@code GET /fhir/bulk/{job}/{file}} → the NDJSON file.
 * </ul>
 *
 * <p>Same bearer token as the API. Coordinators and auditors may export, each within their data
 * scope (what each type writes for them is the type's rule: AuditEvents only for auditors); only
 * the account that started a job may poll it, download its files or cancel it (anyone else is
 * answered 404, as for a job that does not exist). Bad input is always a 400 OperationOutcome
 * naming each bad header or parameter.
 */
@WebFilter(urlPatterns = "/fhir/*", asyncSupported = true)
public class BulkExportFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String NDJSON = "application/fhir+ndjson";
  static final int RETRY_AFTER_SECONDS = 2;

  /** Who may export: those who read every kind of record within their scope through the API. */
  static final Role[] EXPORTERS = {Role.COORDINATOR, Role.AUDITOR};

  private static final Pattern KICK_OFF =
      Pattern.compile("/fhir/(?:(Patient)/|Group/([A-Za-z0-9\\-.]{1,64})/)?(?:\\$|%24)export");
  private static final Pattern STATUS = Pattern.compile("/fhir/bulk/([0-9a-f\\-]{36})");
  private static final Pattern FILE =
      Pattern.compile("/fhir/bulk/([0-9a-f\\-]{36})/([A-Za-z]+-[0-9]+\\.ndjson)");

  @Inject transient BulkExports exports;
  @Inject transient CurrentCaller currentCaller;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher kickOff = KICK_OFF.matcher(path);
    Matcher status = STATUS.matcher(path);
    Matcher file = FILE.matcher(path);
    if (kickOff.matches()) {
      if (!allowed(request, response, "GET")) {
        return;
      }
      Optional<Caller> caller = exporter(response);
      if (caller.isPresent()) {
        kickOff(request, response, caller.get(), level(kickOff), kickOff.group(2));
      }
    } else if (status.matches()) {
      if (!allowed(request, response, "GET", "DELETE")) {
        return;
      }
      Optional<Caller> caller = exporter(response);
      if (caller.isPresent()) {
        if ("DELETE".equals(request.getMethod())) {
          cancel(response, caller.get(), status.group(1));
        } else {
          status(request, response, caller.get(), status.group(1));
        }
      }
    } else if (file.matches()) {
      if (!allowed(request, response, "GET")) {
        return;
      }
      Optional<Caller> caller = exporter(response);
      if (caller.isPresent()) {
        download(response, caller.get(), file.group(1), file.group(2));
      }
    } else {
      chain.doFilter(request, response);
    }
  }

  private static ExportLevel level(Matcher kickOff) {
    if (kickOff.group(1) != null) {
      return ExportLevel.PATIENT;
    }
    return kickOff.group(2) != null ? ExportLevel.GROUP : ExportLevel.SYSTEM;
  }

  private void kickOff(
      HttpServletRequest request,
      HttpServletResponse response,
      Caller caller,
      ExportLevel level,
      String groupId)
      throws IOException {
    String url = request.getRequestURL().toString();
    String requestUrl =
        request.getQueryString() == null ? url : url + "?" + request.getQueryString();
    List<String> prefer = Collections.list(request.getHeaders("Prefer"));
    ExportJob job;
    try {
      ExportRequest export =
          ExportParameters.check(
              level, groupId, request.getParameterMap(), prefer, exports.types(), requestUrl);
      job = exports.start(export, caller, request.getRemoteAddr());
    } catch (ExportRefused e) {
      Outcomes.send(response, 400, Outcomes.of(IssueType.INVALID, e.problems()));
      return;
    } catch (RecordNotFound e) {
      Outcomes.send(response, 404, IssueType.NOTFOUND, "there is no group " + groupId);
      return;
    }
    response.setStatus(202);
    response.setHeader("Content-Location", base(request) + "/fhir/bulk/" + job.id());
  }

  private void status(
      HttpServletRequest request, HttpServletResponse response, Caller caller, String id)
      throws IOException {
    Optional<ExportJob> found = exports.job(id, caller);
    if (found.isEmpty()) {
      notFound(response);
      return;
    }
    ExportJob job = found.get();
    switch (job.status()) {
      case ACCEPTED, RUNNING -> {
        response.setStatus(202);
        response.setHeader("X-Progress", job.progress());
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      }
      case DONE -> {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Expires", httpDate(job.expiresAt()));
        try (JsonWriter writer = Json.createWriter(response.getWriter())) {
          writer.writeObject(ExportManifest.of(job, base(request) + "/fhir/bulk/" + id + "/"));
        }
      }
      case FAILED ->
          Outcomes.send(
              response,
              500,
              IssueType.EXCEPTION,
              job.failure() == null ? BulkExports.FAILED : job.failure());
      case CANCELLED -> notFound(response);
    }
  }

  private void cancel(HttpServletResponse response, Caller caller, String id) throws IOException {
    if (!exports.cancel(id, caller)) {
      notFound(response);
      return;
    }
    response.setStatus(202);
  }

  private void download(HttpServletResponse response, Caller caller, String id, String fileName)
      throws IOException {
    Optional<Path> file = exports.file(id, fileName, caller);
    if (file.isEmpty()) {
      notFound(response);
      return;
    }
    response.setStatus(200);
    response.setContentType(NDJSON);
    response.setContentLengthLong(Files.size(file.get()));
    response.setHeader("Cache-Control", "no-store");
    Files.copy(file.get(), response.getOutputStream());
  }

  /** The signed-in coordinator or auditor, or empty once 401 or 403 has been answered. */
  private Optional<Caller> exporter(HttpServletResponse response) throws IOException {
    Optional<Caller> caller = currentCaller.find();
    if (caller.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer");
      Outcomes.send(
          response, 401, IssueType.LOGIN, "sign in first: send Authorization: Bearer <token>");
      return Optional.empty();
    }
    if (!caller.get().hasAnyRole(EXPORTERS)) {
      Outcomes.send(
          response,
          403,
          IssueType.FORBIDDEN,
          "only a coordinator or an auditor may run a Bulk Data export");
      return Optional.empty();
    }
    return caller;
  }

  private static boolean allowed(
      HttpServletRequest request, HttpServletResponse response, String... methods)
      throws IOException {
    for (String method : methods) {
      if (method.equals(request.getMethod())) {
        return true;
      }
    }
    response.setHeader("Allow", String.join(", ", methods));
    Outcomes.send(
        response,
        405,
        IssueType.NOTSUPPORTED,
        request.getMethod() + " is not offered here; use " + String.join(" or ", methods));
    return false;
  }

  private static void notFound(HttpServletResponse response) throws IOException {
    Outcomes.send(response, 404, IssueType.NOTFOUND, "there is no such export job");
  }

  /** The application's own URL (scheme, host, port, context path), as the client reached it. */
  private static String base(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  private static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  static Duration retryAfter() {
    return Duration.ofSeconds(RETRY_AFTER_SECONDS);
  }
}
