package org.goldenthread.confluence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The filters a report macro passes on to the scorecard, and the caption that says what they are. */
final class MacroFilters {
    static final List<String> NAMES = List.of("directorate", "level", "priority", "status", "label");

    private MacroFilters() {
    }

    static Map<String, String> of(MacroOnPage macro) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = macro.parameter(name, "");
            if (!value.isEmpty()) {
                filters.put(name, value);
            }
        }
        return filters;
    }

    static String caption(String what, String period, Map<String, String> filters) {
        StringBuilder caption = new StringBuilder(what)
                .append(period.equals("latest") ? ", latest published period" : ", " + period);
        filters.forEach((name, value) -> caption.append(", ").append(name).append(' ').append(value));
        return caption.toString();
    }
}
