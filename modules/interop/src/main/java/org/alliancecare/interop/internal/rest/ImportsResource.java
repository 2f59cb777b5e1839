package org.alliancecare.interop.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.interop.api.DryRunReport;
import org.alliancecare.interop.api.ImportJobView;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.ImportSource;
import org.alliancecare.interop.api.ImportsFacade;
import org.alliancecare.interop.api.TemplateFormat;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.ProblemTexts;

/**
 * Bulk import (docs/import.md): the body is the file itself, CSV or XLSX, streamed to a temporary
 * file (up to 64 MiB, the application's request limit for imports) and never held in memory. With
 * {@code ?dryRun=true} the answer is the dry run's report; otherwise 202 with the job, which runs
 * in the background and is polled at its {@code Location}.
 */
@Path("imports")
@RequestScoped
public class ImportsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Pattern TEMPLATE = Pattern.compile("(patients|screenings)\\.(csv|xlsx)");
  private static final Pattern FILE_NAME =
      Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

  @Inject ImportsFacade imports;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @POST
  @Path("patients")
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  public Response patients(
      InputStream body,
      @QueryParam("dryRun") String dryRun,
      @QueryParam("fileName") String fileName) {
    return upload(ImportKind.PATIENTS, body, dryRun, fileName);
  }

  @POST
  @Path("screenings")
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  public Response screenings(
      InputStream body,
      @QueryParam("dryRun") String dryRun,
      @QueryParam("fileName") String fileName) {
    return upload(ImportKind.SCREENINGS, body, dryRun, fileName);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  public Page<ImportJobView> jobs(
      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return imports.jobs(PageRequest.of(limit, cursor), language(), caller.get());
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  public ImportJobView job(@PathParam("id") String id) {
    return imports.job(id, language(), caller.get());
  }

  @GET
  @Path("{id}/errors.csv")
  @Produces("text/csv")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  public Response errors(@PathParam("id") String id) {
    Caller by = caller.get();
    Locale language = language();
    imports.job(id, language, by); // 404 before the answer starts
    StreamingOutput csv = out -> imports.writeErrors(id, language, out, by);
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"")
        .build();
  }

  @GET
  @Path("templates/{file}")
  @RolesAllowed({Role.Names.DOCTOR, Role.Names.COORDINATOR})
  public Response template(@PathParam("file") String file) {
    Matcher name = TEMPLATE.matcher(file == null ? "" : file);
    if (!name.matches()) {
      throw new NotFoundException();
    }
    ImportKind kind = ImportKind.valueOf(name.group(1).toUpperCase(Locale.ROOT));
    TemplateFormat format = TemplateFormat.valueOf(name.group(2).toUpperCase(Locale.ROOT));
    Locale language = language();
    StreamingOutput out = stream -> imports.writeTemplate(kind, format, language, stream);
    return Response.ok(out, format == TemplateFormat.CSV ? "text/csv; charset=UTF-8" : XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  private Response upload(ImportKind kind, InputStream body, String dryRun, String fileName) {
    Caller by = caller.get();
    boolean dry = flag(dryRun);
    java.nio.file.Path file = receive(body);
    try {
      ImportSource source = new ImportSource(fileName(fileName), contentType(), file);
      if (dry) {
        DryRunReport report = imports.dryRun(kind, source, language(), by);
        return Response.ok(report).build();
      }
      ImportJobView job = imports.start(kind, source, language(), by);
      return Response.accepted(job)
          .location(uri.getBaseUriBuilder().path("imports").path(job.id()).build())
          .build();
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file; the system's cleaning removes it
      }
    }
  }

  private static java.nio.file.Path receive(InputStream body) {
    try {
      java.nio.file.Path file = Files.createTempFile("alliancecare-import-", ".upload");
      try (InputStream in = body) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("the uploaded file could not be received", e);
    }
  }

  private String contentType() {
    MediaType type = headers.getMediaType();
    return type == null ? "text/csv" : type.toString();
  }

  private String fileName(String given) {
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    String disposition = headers.getHeaderString("Content-Disposition");
    if (disposition != null) {
      Matcher name = FILE_NAME.matcher(disposition);
      if (name.find()) {
        return name.group(1);
      }
    }
    return null;
  }

  private static boolean flag(String value) {
    if (value == null || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw InvalidInput.of("dryRun", "must-true-or-false");
  }

  private Locale language() {
    List<Locale> accepted = headers.getAcceptableLanguages();
    return ProblemTexts.languageOf(accepted.isEmpty() ? null : accepted.get(0));
  }
}
