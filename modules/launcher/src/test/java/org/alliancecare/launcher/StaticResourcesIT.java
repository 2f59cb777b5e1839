package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The static resources of the pages over HTTP against the packaged application (issue 13, items 14
 * and 12): the scripts and style sheets that the sign-in page loads are sent gzip-compressed to a
 * browser that accepts it, keep their cache headers, and come back whole; the icon that browsers
 * ask for is there.
 */
class StaticResourcesIT {

  private static final Pattern RESOURCE =
      Pattern.compile("(?:src|href)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"");

  private static RunningApplication app;
  // HTTP/1.1 as a browser speaks it to an http:// address (no h2c upgrade)
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    app = RunningApplication.shared();
  }

  @Test
  void scripts_and_style_sheets_are_compressed_and_keep_their_cache_headers() throws Exception {
    List<String> resources = resourcesOfTheSignInPage();
    assertThat(resources)
        .anySatisfy(r -> assertThat(r).contains(".js"))
        .anySatisfy(r -> assertThat(r).contains(".css"));

    for (String resource : resources) {
      HttpResponse<byte[]> plain = get(resource, null);
      HttpResponse<byte[]> zipped = get(resource, "gzip, deflate, br");

      assertThat(plain.statusCode()).as(resource).isEqualTo(200);
      assertThat(zipped.statusCode()).as(resource).isEqualTo(200);
      assertThat(plain.headers().firstValue("Content-Encoding")).as(resource).isEmpty();
      assertThat(zipped.headers().firstValue("Content-Encoding")).as(resource).contains("gzip");
      assertThat(zipped.headers().allValues("Vary").toString())
          .as(resource)
          .containsIgnoringCase("Accept-Encoding");
      byte[] unzipped = gunzip(zipped.body());
      assertThat(new String(unzipped, StandardCharsets.UTF_8))
          .as(resource)
          .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
      if (plain.body().length > 4096) {
        assertThat(zipped.body().length).as(resource).isLessThan(plain.body().length / 2);
      }
      // the cache headers of the plain answer are kept: cacheable, with the same expiry and
      // validator
      for (String header : List.of("Cache-Control", "Expires", "Last-Modified")) {
        assertThat(zipped.headers().allValues(header))
            .as(resource + " " + header)
            .isEqualTo(plain.headers().allValues(header));
      }
      assertThat(zipped.headers().allValues("Cache-Control").toString())
          .as(resource)
          .doesNotContain("no-store", "no-cache");
      assertThat(
              zipped.headers().firstValue("Expires").isPresent()
                  || zipped.headers().allValues("Cache-Control").toString().contains("max-age"))
          .as(resource + " has an expiry: " + zipped.headers().map())
          .isTrue();
      assertThat(
              zipped.headers().firstValue("Last-Modified").isPresent()
                  || zipped.headers().firstValue("ETag").isPresent())
          .as(resource + " has a validator: " + zipped.headers().map())
          .isTrue();
    }
  }

  @Test
  void pages_and_api_answers_are_not_compressed() throws Exception {
    // pages carry the view state and the API carries personal data: compressing what holds a secret
    // next to what an attacker may reflect lets the sizes tell the secret (BREACH)
    assertThat(get("/signin.xhtml", "gzip").headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(get("/api/version", "gzip").headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void the_icon_browsers_ask_for_is_there() throws Exception {
    HttpResponse<byte[]> ico = get("/favicon.ico", null);
    assertThat(ico.statusCode()).isEqualTo(200);
    assertThat(ico.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
    assertThat(ico.body()).startsWith((byte) 0, (byte) 0, (byte) 1, (byte) 0);
    HttpResponse<byte[]> svg = get("/favicon.svg", null);
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type")).contains("image/svg+xml");
    String page = new String(get("/signin.xhtml", null).body(), StandardCharsets.UTF_8);
    assertThat(page).contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"");
  }

  private static List<String> resourcesOfTheSignInPage() throws Exception {
    HttpResponse<byte[]> page = get("/signin.xhtml", null);
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher found = RESOURCE.matcher(new String(page.body(), StandardCharsets.UTF_8));
    List<String> resources = new ArrayList<>();
    while (found.find()) {
      resources.add(found.group(1).replace("&amp;", "&"));
    }
    return resources;
  }

  private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
