package org.goldenthread.workbench.ui;

import java.util.Optional;
import java.util.regex.Pattern;

/** A KPI key as a page takes it from its address: one safe word, or nothing, which the page answers with a 404. */
final class KpiKeys {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,49}");

    private KpiKeys() {
    }

    static Optional<String> of(String text) {
        return Optional.ofNullable(text).filter(key -> KEY.matcher(key).matches());
    }

    /** The key that is the rest of the page's path, as in {@code /kpis/WST-01}. */
    static Optional<String> fromPath(String pathInfo) {
        return pathInfo == null || pathInfo.isEmpty() ? Optional.empty() : of(pathInfo.substring(1));
    }
}
