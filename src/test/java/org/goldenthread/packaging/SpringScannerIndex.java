package org.goldenthread.packaging;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Spring Scanner index ({@code META-INF/plugin-components/}) that the scanner's Maven plugin would write for a
 * set of compiled classes: one line per component, import or export, in the generic file or its per-product variant.
 */
final class SpringScannerIndex {
    private static final String SCANNER = "com.atlassian.plugin.spring.scanner.annotation.";
    private static final Map<String, String> COMPONENT_FILES = Map.of(
            "org.springframework.stereotype.Component", "component",
            "org.springframework.stereotype.Service", "component",
            "javax.inject.Named", "component",
            SCANNER + "component.JiraComponent", "component-jira",
            SCANNER + "component.ConfluenceComponent", "component-confluence");
    private static final Map<String, String> IMPORT_FILES = Map.of(
            SCANNER + "imports.ComponentImport", "imports",
            SCANNER + "imports.JiraImport", "imports-jira",
            SCANNER + "imports.ConfluenceImport", "imports-confluence");
    private static final String EXPORT = SCANNER + "export.ExportAsService";

    private final SortedMapOfLines files = new SortedMapOfLines();

    static SpringScannerIndex derive(JavaClasses classes) {
        SpringScannerIndex index = new SpringScannerIndex();
        classes.forEach(index::add);
        return index;
    }

    /** The index files as they stand in a directory (absent directory: no files). */
    static SpringScannerIndex read(Path directory) throws IOException {
        SpringScannerIndex index = new SpringScannerIndex();
        if (!Files.isDirectory(directory)) {
            return index;
        }
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        index.files.add(file.getFileName().toString(), line.trim());
                    }
                }
            }
        }
        return index;
    }

    Map<String, SortedSet<String>> files() {
        return files.lines;
    }

    /** Every file with its lines, as it should be committed. */
    String describe() {
        if (files.lines.isEmpty()) {
            return "(no index files: no class carries a Spring Scanner annotation)";
        }
        return files.lines.entrySet().stream()
                .map(e -> "META-INF/plugin-components/" + e.getKey() + ":\n  " + String.join("\n  ", e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private void add(JavaClass type) {
        for (Map.Entry<String, String> component : COMPONENT_FILES.entrySet()) {
            annotation(type, component.getKey()).ifPresent(a -> files.add(component.getValue(), named(type.getName(), a)));
        }
        annotation(type, EXPORT).ifPresent(a -> files.add("exports", exported(type, a)));
        for (JavaConstructor constructor : type.getConstructors()) {
            for (JavaParameter parameter : constructor.getParameters()) {
                addImports(parameter, parameter.getRawType());
            }
        }
        for (JavaField field : type.getFields()) {
            addImports(field, field.getRawType());
        }
    }

    private void addImports(CanBeAnnotated element, JavaClass importedType) {
        for (Map.Entry<String, String> imports : IMPORT_FILES.entrySet()) {
            if (element.isAnnotatedWith(imports.getKey())) {
                JavaAnnotation<?> annotation = annotationOf(element, imports.getKey());
                files.add(imports.getValue(), named(importedType.getName(), annotation));
            }
        }
    }

    private static JavaAnnotation<?> annotationOf(CanBeAnnotated element, String name) {
        if (element instanceof JavaParameter parameter) {
            return parameter.getAnnotationOfType(name);
        }
        return ((JavaField) element).getAnnotationOfType(name);
    }

    private static Optional<? extends JavaAnnotation<?>> annotation(JavaClass type, String name) {
        return type.isAnnotatedWith(name) ? Optional.of(type.getAnnotationOfType(name)) : Optional.empty();
    }

    private static String named(String className, JavaAnnotation<?> annotation) {
        String name = annotation.get("value").map(Object::toString).orElse("");
        return name.isEmpty() ? className : className + "#" + name;
    }

    private static String exported(JavaClass type, JavaAnnotation<?> annotation) {
        Object[] interfaces = (Object[]) annotation.get("value").orElse(new Object[0]);
        String names = Arrays.stream(interfaces).map(i -> ((JavaClass) i).getName()).collect(Collectors.joining(","));
        return names.isEmpty() ? type.getName() : type.getName() + "#" + names;
    }

    private static final class SortedMapOfLines {
        private final Map<String, SortedSet<String>> lines = new TreeMap<>();

        void add(String file, String line) {
            lines.computeIfAbsent(file, f -> new TreeSet<>()).add(line);
        }
    }
}
