package org.goldenthread.packaging;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * Checks the OSGi manifest of a built plugin jar: transformerless plugin headers, nothing exported, and an
 * Import-Package that names every host package the app's classes use and nothing it bundles.
 */
final class ManifestCheck {
    /** Packages only one product exports: imported optionally, or the bundle resolves in neither product. */
    static final List<String> PRODUCT_ONLY_PACKAGES = List.of(
            "com.atlassian.jira", "com.opensymphony", "org.ofbiz", "com.atlassian.confluence",
            "com.atlassian.greenhopper");
    private static final String APP_PACKAGE = "org.goldenthread";

    private ManifestCheck() {
    }

    static List<String> problems(PluginJar jar, String expectedKey, List<String> bundledPackagePrefixes)
            throws Exception {
        List<String> problems = new ArrayList<>();
        Attributes manifest = jar.manifest();
        expect(problems, manifest, "Atlassian-Plugin-Key", expectedKey);
        expect(problems, manifest, "Bundle-SymbolicName", expectedKey);
        expect(problems, manifest, "Spring-Context", "*");
        expect(problems, manifest, "Bundle-ManifestVersion", "2");
        String exports = manifest.getValue("Export-Package");
        if (exports != null && !exports.isBlank()) {
            problems.add("manifest: Export-Package must be empty, but exports " + exports);
        }
        for (String buildInstruction : List.of("Include-Resource", "Private-Package")) {
            if (manifest.getValue(buildInstruction) != null) {
                problems.add("manifest: " + buildInstruction + " is a build instruction and must not be shipped");
            }
        }
        checkBundleClassPath(problems, jar, manifest.getValue("Bundle-ClassPath"));

        ImportedPackages imports = ImportedPackages.parse(manifest.getValue("Import-Package"));
        for (String name : imports.names()) {
            if (isJavaPackage(name)) {
                problems.add("manifest: imports " + name + "; java.* packages come from the JVM");
            }
            if (isUnder(name, APP_PACKAGE) || bundledPackagePrefixes.stream().anyMatch(p -> isUnder(name, p))) {
                problems.add("manifest: imports " + name + ", which the jar itself contains");
            }
            if (PRODUCT_ONLY_PACKAGES.stream().anyMatch(p -> isUnder(name, p)) && !imports.isOptional(name)) {
                problems.add("manifest: " + name + " is exported by one product only; import it with"
                        + " resolution:=optional");
            }
        }
        for (String used : hostPackagesUsed(jar, bundledPackagePrefixes)) {
            if (!imports.imports(used)) {
                problems.add("manifest: the app uses " + used + " but Import-Package does not name it");
            }
        }
        return problems;
    }

    /** Packages referenced by the app's classes that neither the JVM nor the jar provides. */
    static Set<String> hostPackagesUsed(PluginJar jar, List<String> bundledPackagePrefixes) throws Exception {
        Set<String> packages = new TreeSet<>();
        try (JarFile file = new JarFile(jar.path().toFile())) {
            for (JavaClass type : new ClassFileImporter().importJar(file)) {
                if (!isUnder(type.getPackageName(), APP_PACKAGE)) {
                    continue;
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String name = dependency.getTargetClass().getBaseComponentType().getPackageName();
                    if (!name.isEmpty() && !isJavaPackage(name) && !isUnder(name, APP_PACKAGE)
                            && bundledPackagePrefixes.stream().noneMatch(p -> isUnder(name, p))) {
                        packages.add(name);
                    }
                }
            }
        }
        return packages;
    }

    private static void checkBundleClassPath(List<String> problems, PluginJar jar, String header) {
        List<String> classPath = header == null ? List.of() : List.of(header.split(","));
        if (!classPath.contains(".")) {
            problems.add("manifest: Bundle-ClassPath must start with '.', the jar's own classes");
        }
        for (String entry : classPath) {
            if (!entry.equals(".") && !jar.contains(entry.trim())) {
                problems.add("manifest: Bundle-ClassPath names " + entry + ", which is not in the jar");
            }
        }
        for (String entry : jar.entries()) {
            if (entry.startsWith("META-INF/lib/") && entry.endsWith(".jar") && !classPath.contains(entry)) {
                problems.add("manifest: " + entry + " is bundled but missing from Bundle-ClassPath");
            }
        }
    }

    private static void expect(List<String> problems, Attributes manifest, String header, String expected) {
        String actual = manifest.getValue(header);
        if (!expected.equals(actual)) {
            problems.add("manifest: " + header + " is '" + actual + "', expected '" + expected + "'");
        }
    }

    static boolean isJavaPackage(String name) {
        return isUnder(name, "java");
    }

    /** Whole package names only: {@code java} covers java.util, not javax or net.java.ao. */
    static boolean isUnder(String name, String prefix) {
        return name.equals(prefix) || name.startsWith(prefix + ".");
    }
}
