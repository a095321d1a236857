package org.goldenthread.confluence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The paths, relative to the REST API's base, of the calls the macros make. */
public final class KpiApiPaths {
    public static final String TILES = "tiles";

    private KpiApiPaths() {
    }

    public static String series(String key, String asPublished) {
        return "kpis/" + segment(key) + "/series" + query(asPublished(new LinkedHashMap<>(), asPublished));
    }

    public static String scorecard(String period, String asPublished, Map<String, String> filters) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("period", period);
        return "scorecard" + query(asPublished(query, asPublished));
    }

    public static String exceptions(String period, String asPublished, String directorate) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("period", period);
        if (directorate != null && !directorate.isBlank()) {
            query.put("directorate", directorate);
        }
        return "exceptions" + query(asPublished(query, asPublished));
    }

    public static String kpi(String key) {
        return "kpis/" + segment(key);
    }

    public static String targetAmendments(String key) {
        return "kpis/" + segment(key) + "/target-amendments";
    }

    public static String audit(String key) {
        return "kpis/" + segment(key) + "/audit";
    }

    public static String actionPlans() {
        return "action-plans";
    }

    /** A path segment: encoded, dots too, so a key can never step to another path. */
    private static String segment(String text) {
        return encode(text).replace(".", "%2E");
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> asPublished(Map<String, String> query, String asPublished) {
        if (asPublished != null && !asPublished.isBlank()) {
            query.put("asPublished", asPublished);
        }
        return query;
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                .append(encode(value)));
        return query.toString();
    }
}
