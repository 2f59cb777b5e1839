package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.PageRequest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;

/**
 * Search results as FHIR Bundles, paged without server memory (the application runs as a cluster):
 * the {@code next} link carries the modules' own key cursor ({@link PageRequest}) in the parameter
 * {@value #CURSOR}, next to the search's other parameters, so that any node answers it. {@code
 * total} is left out (counting a population to answer a page is not worth it).
 */
public final class SearchBundles {

  /** The search parameter carrying the cursor of the next page. */
  public static final String CURSOR = "_cursor";

  /** The page size when a search gives no {@code _count}. */
  public static final int DEFAULT_COUNT = 20;

  private SearchBundles() {}

  /** The page a search asks for: {@code _count} (1–500, default 20) after {@code _cursor}. */
  public static PageRequest page(Integer count, String cursor) {
    int limit = count == null ? DEFAULT_COUNT : count;
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw InvalidInput.of("_count", "between-1-and", PageRequest.MAX_LIMIT);
    }
    try {
      return PageRequest.of(limit, cursor);
    } catch (InvalidInput e) {
      throw InvalidInput.of(CURSOR, "cursor-not-handed-out");
    }
  }

  /** A searchset of {@code matches}, with a {@code next} link when {@code nextCursor} is set. */
  public static Bundle searchset(
      RequestDetails request, List<? extends Resource> matches, String nextCursor) {
    Bundle bundle = new Bundle();
    bundle.setType(BundleType.SEARCHSET);
    String base = request.getFhirServerBase();
    bundle.addLink().setRelation("self").setUrl(link(request, null, false));
    if (nextCursor != null) {
      bundle.addLink().setRelation("next").setUrl(link(request, nextCursor, true));
    }
    for (Resource match : matches) {
      bundle
          .addEntry()
          .setFullUrl(base + "/" + match.fhirType() + "/" + match.getIdElement().getIdPart())
          .setResource(match)
          .getSearch()
          .setMode(SearchEntryMode.MATCH);
    }
    return bundle;
  }

  /** This search again, on the page after {@code cursor} (or this page when not {@code next}). */
  static String link(RequestDetails request, String cursor, boolean next) {
    Map<String, String[]> parameters = new TreeMap<>(request.getParameters());
    if (next) {
      parameters.put(CURSOR, new String[] {cursor});
    }
    StringBuilder url =
        new StringBuilder(request.getFhirServerBase())
            .append('/')
            .append(request.getResourceName());
    char separator = '?';
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      for (String value : parameter.getValue()) {
        url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
        separator = '&';
      }
    }
    return url.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The lower bound of {@code _lastUpdated} (inclusive), or null. */
  public static Instant since(DateRangeParam lastUpdated) {
    if (lastUpdated == null) {
      return null;
    }
    Date lower = lastUpdated.getLowerBoundAsInstant();
    return lower == null ? null : lower.toInstant();
  }

  /** The upper bound of {@code _lastUpdated} (exclusive), or null. */
  public static Instant before(DateRangeParam lastUpdated) {
    if (lastUpdated == null) {
      return null;
    }
    Date upper = lastUpdated.getUpperBoundAsInstant();
    return upper == null ? null : upper.toInstant().plusMillis(1);
  }
}
