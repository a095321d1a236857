package org.goldenthread.confluence;

import java.util.Map;

/** One of our macros as written in a page's storage format: its name and parameters. */
public record MacroOnPage(String name, Map<String, String> parameters) {
    public MacroOnPage {
        parameters = Map.copyOf(parameters);
    }

    public String parameter(String name, String fallback) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
