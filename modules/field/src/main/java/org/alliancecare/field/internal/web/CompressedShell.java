package org.alliancecare.field.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The field app's page, {@code /field/index.html}, sent gzip-compressed to a browser that accepts
 * it. The HTTP listener compresses scripts and style sheets but no HTML, because the Faces pages
 * hold secrets beside what a request may reflect (BREACH, {@code
 * config/post-boot-commands.asadmin}); this page is a static file with neither, and on a slow
 * mobile network its first load is the field app's first impression (docs/field-app.md, part 4). It
 * is compressed once, on first use.
 */
@WebFilter(urlPatterns = {"/field/", "/field/index.html"})
public class CompressedShell extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PAGE = "/field/index.html";

  private transient volatile byte[] compressed;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader("Vary", "Accept-Encoding");
    if (!"GET".equals(request.getMethod())
        || !AcceptEncoding.acceptsGzip(request.getHeader("Accept-Encoding"))) {
      chain.doFilter(request, response);
      return;
    }
    byte[] page = compressed(request);
    if (page == null) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Encoding", "gzip");
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }

  private byte[] compressed(HttpServletRequest request) throws IOException {
    byte[] page = compressed;
    if (page == null) {
      try (InputStream in = request.getServletContext().getResourceAsStream(PAGE)) {
        if (in == null) {
          return null;
        }
        page = gzip(in.readAllBytes());
      }
      compressed = page;
    }
    return page;
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(content);
    }
    return out.toByteArray();
  }
}
