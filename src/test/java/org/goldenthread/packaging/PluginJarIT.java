package org.goldenthread.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks run on the jar that {@code mvn package} built, before anyone installs it. */
class PluginJarIT {
    private static final String KEY = System.getProperty("goldenthread.plugin.key");
    private static final String GSON = "META-INF/lib/gson-" + System.getProperty("goldenthread.gson.version") + ".jar";
    private static final Path TEST_CLASSES = Path.of("target/test-classes");
    private static final List<String> BUNDLED_PACKAGES = List.of("com.google.gson");

    private static PluginJar jar;

    @BeforeAll
    static void open() throws Exception {
        jar = new PluginJar(Path.of(System.getProperty("goldenthread.plugin.jar")));
    }

    @AfterAll
    static void close() throws Exception {
        jar.close();
    }

    @Test
    void passesEveryPackagingCheck() throws Exception {
        List<String> problems = PluginJarInspection.problems(jar, KEY, TEST_CLASSES, BUNDLED_PACKAGES);

        assertThat(problems).withFailMessage(() -> PluginJarInspection.report(problems)).isEmpty();
    }

    @Test
    void importsTheHostPackagesTheAppUsesAndNotWhatItBundles() throws Exception {
        ImportedPackages imports = ImportedPackages.parse(jar.manifest().getValue("Import-Package"));

        assertThat(imports.names()).contains(
                "jakarta.ws.rs", "jakarta.ws.rs.core", "jakarta.ws.rs.ext",
                "net.java.ao", "net.java.ao.schema",
                "com.atlassian.plugins.rest.api.security.annotation");
        assertThat(imports.names()).noneMatch(p -> p.startsWith("com.google.gson"))
                .noneMatch(p -> p.startsWith("org.goldenthread"))
                .noneMatch(p -> p.startsWith("org.eclipse.jetty") || p.startsWith("org.glassfish")
                        || p.startsWith("org.hsqldb"))
                .noneMatch(ManifestCheck::isJavaPackage);
        assertThat(ManifestCheck.hostPackagesUsed(jar, BUNDLED_PACKAGES)).isNotEmpty()
                .allMatch(imports::imports);
    }

    @Test
    void isATransformerlessPluginBundlingGson() throws Exception {
        Attributes manifest = jar.manifest();

        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(KEY);
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(manifest.getValue("Export-Package")).isNull();
        assertThat(manifest.getValue("Bundle-ClassPath")).isEqualTo(".," + GSON);
        assertThat(jar.entries()).contains(GSON, "META-INF/spring/plugin-context.xml", "atlassian-plugin.xml",
                "i18n/golden-thread.properties", "org/goldenthread/rest/HealthResource.class");
        assertThat(jar.text("META-INF/spring/plugin-context.xml")).contains("<atlassian-scanner:scan-indexes/>");
    }

    @Test
    void holdsNoHostApiWorkbenchOrTestClasses() {
        assertThat(jar.entries())
                .noneMatch(e -> e.startsWith("com/atlassian/"))
                .noneMatch(e -> e.startsWith("org/goldenthread/workbench/"))
                .noneMatch(e -> e.startsWith("org/goldenthread/packaging/"))
                .noneMatch(e -> e.endsWith("Test.class") || e.endsWith("IT.class"));
    }
}
