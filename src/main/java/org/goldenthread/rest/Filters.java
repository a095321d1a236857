package org.goldenthread.rest;

import java.util.List;

/** Query filters: an empty one matches everything; otherwise the value must match, ignoring case. */
final class Filters {
    private Filters() {
    }

    static boolean matches(String filter, String value) {
        return filter == null || filter.isBlank() || filter.equalsIgnoreCase(value);
    }

    /** For a filter on something a KPI may have several of, such as labels: one of them must match. */
    static boolean matchesAny(String filter, List<String> values) {
        return filter == null || filter.isBlank() || values.stream().anyMatch(filter::equalsIgnoreCase);
    }
}
