package org.goldenthread.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code Import-Package} header of a bundle manifest: each package with its directives. */
final class ImportedPackages {
    private final Map<String, String> clauses = new LinkedHashMap<>();

    static ImportedPackages parse(String header) {
        ImportedPackages imports = new ImportedPackages();
        if (header == null) {
            return imports;
        }
        for (String clause : splitOutsideQuotes(header)) {
            String trimmed = clause.trim();
            if (!trimmed.isEmpty()) {
                int semicolon = trimmed.indexOf(';');
                String name = semicolon < 0 ? trimmed : trimmed.substring(0, semicolon);
                imports.clauses.put(name.trim(), semicolon < 0 ? "" : trimmed.substring(semicolon + 1));
            }
        }
        return imports;
    }

    List<String> names() {
        return List.copyOf(clauses.keySet());
    }

    boolean imports(String packageName) {
        return clauses.containsKey(packageName);
    }

    boolean isOptional(String packageName) {
        return clauses.getOrDefault(packageName, "").replace("\"", "").contains("resolution:=optional");
    }

    private static List<String> splitOutsideQuotes(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
