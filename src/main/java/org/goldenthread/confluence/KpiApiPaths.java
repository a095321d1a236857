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

    public static String series(String key) {
        return "kpis/" + encode(key) + "/series";
    }

    public static String scorecard(String period, Map<String, String> filters) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("period", period);
        return "scorecard" + query(query);
    }

    public static String exceptions(String period, String directorate) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("period", period);
        if (directorate != null && !directorate.isBlank()) {
            query.put("directorate", directorate);
        }
        return "exceptions" + query(query);
    }

    public static String audit(String key) {
        return "kpis/" + encode(key) + "/audit";
    }

    public static String actionPlans() {
        return "action-plans";
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                .append(encode(value)));
        return query.toString();
    }
}
