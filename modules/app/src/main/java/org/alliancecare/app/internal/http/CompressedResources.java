package org.alliancecare.app.internal.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The pages' scripts, style sheets and icon, and the field app's scripts, are sent gzip-compressed
 * by the HTTP listener to a browser that accepts it ({@code config/post-boot-commands.asadmin}),
 * and plain to one that does not: {@code Vary: Accept-Encoding} tells caches between them to keep
 * the two apart.
 */
@WebFilter(urlPatterns = {"/jakarta.faces.resource/*", "/favicon.svg", "/field/*"})
public class CompressedResources extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader("Vary", "Accept-Encoding");
    chain.doFilter(request, response);
  }
}
