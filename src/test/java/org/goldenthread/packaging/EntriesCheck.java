package org.goldenthread.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks what a built plugin jar holds: the app and its resources only; no host API declarations, no workbench and
 * no test classes.
 */
final class EntriesCheck {
    private static final List<String> ALLOWED_PREFIXES = List.of(
            "META-INF/", "org/goldenthread/", "i18n/", "templates/", "images/", "css/", "js/", "workflows/");
    private static final List<String> ALLOWED_ROOT_FILES = List.of(
            "atlassian-plugin.xml", "golden-thread-build.properties");
    private static final List<String> FORBIDDEN_PREFIXES = List.of(
            "org/goldenthread/workbench/", "com/atlassian/", "net/java/", "jakarta/", "javax/", "workbench/");

    private EntriesCheck() {
    }

    static List<String> problems(PluginJar jar, Path testClasses) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> testEntries = relativeFiles(testClasses);
        for (String entry : jar.entries()) {
            if (entry.endsWith("/")) {
                continue;
            }
            if (FORBIDDEN_PREFIXES.stream().anyMatch(entry::startsWith)) {
                problems.add("jar: " + entry + " must not be packaged (host API declaration or workbench)");
            } else if (testEntries.contains(entry)) {
                problems.add("jar: " + entry + " is a test class or test resource");
            } else if (ALLOWED_PREFIXES.stream().noneMatch(entry::startsWith) && !ALLOWED_ROOT_FILES.contains(entry)) {
                problems.add("jar: " + entry + " is not part of the plugin");
            }
        }
        return problems;
    }

    private static Set<String> relativeFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> directory.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }
}
