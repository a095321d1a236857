package org.goldenthread.rest;

/** Query filters: an empty one matches everything; otherwise the value must match, ignoring case. */
final class Filters {
    private Filters() {
    }

    static boolean matches(String filter, String value) {
        return filter == null || filter.isBlank() || filter.equalsIgnoreCase(value);
    }
}
