package org.goldenthread.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar checks themselves: a sound jar passes, and each kind of breakage is reported naming its module. */
class PluginJarInspectionTest {
    private static final String KEY = "org.example.kpi";
    private static final Path CLASSES = Path.of("target/classes");
    private static final String ENTITY = "org.goldenthread.store.AuditEventEntity";
    private static final String RESOURCE = "org.goldenthread.rest.HealthResource";
    private static final String IMPORTS = "jakarta.ws.rs,jakarta.ws.rs.core,net.java.ao,net.java.ao.schema,"
            + "com.atlassian.plugins.rest.api.security.annotation";

    @TempDir
    Path dir;

    @Test
    void aSoundJarHasNoProblems() throws Exception {
        assertThat(problems(new TestJar())).isEmpty();
    }

    @Test
    void aMissingEntityClassNamesTheAoModule() throws Exception {
        TestJar jar = new TestJar().descriptorModules(aoModule("org.goldenthread.store.MissingEntity") + restModule());

        assertThat(problems(jar)).containsExactly(
                "module <ao> 'ao': class org.goldenthread.store.MissingEntity is not in the jar");
    }

    @Test
    void aClassOfTheWrongTypeIsReported() throws Exception {
        TestJar jar = new TestJar().descriptorModules(aoModule(RESOURCE) + restModule());

        assertThat(problems(jar)).containsExactly("module <ao> 'ao': class " + RESOURCE
                + " must extend or implement net.java.ao.RawEntity");
    }

    @Test
    void unknownModuleTypesMissingI18nKeysAndMissingRestrictionsAreReported() throws Exception {
        TestJar jar = new TestJar().descriptorModules(aoModule(ENTITY)
                + "<rest key=\"api\" path=\"/x\" version=\"1\"><description key=\"no.such.key\"/>"
                + "<package>org.goldenthread.rest</package></rest>"
                + "<gadget key=\"chart\"/>");

        assertThat(problems(jar)).containsExactlyInAnyOrder(
                "module <rest> 'api': must be restricted to jira (<restrict application=\"jira\"/>)",
                "module <rest> 'api': i18n key no.such.key is not in the plugin's i18n bundle",
                "module <gadget> 'chart': unknown module type <gadget>; add what it requires to ModuleTypes");
    }

    @Test
    void templatesAndResourcesMustExist() throws Exception {
        TestJar jar = new TestJar()
                .descriptorModules(aoModule(ENTITY) + restModule()
                        + "<web-resource key=\"tiles\"><resource type=\"download\" name=\"t.css\""
                        + " location=\"css/tiles.css\"/></web-resource>")
                .entry("templates/tile.vm", "<h2>$i18n.getText(\"kpi.tile.title\")</h2>#parse(\"templates/x.vm\")");

        assertThat(problems(jar)).containsExactlyInAnyOrder(
                "module <web-resource> 'tiles': resource css/tiles.css is missing from the jar",
                "template templates/tile.vm: i18n key kpi.tile.title is not in the plugin's i18n bundle",
                "template templates/tile.vm: #parse target templates/x.vm is missing");
    }

    @Test
    void unfilteredPropertiesAndAWrongKeyAreReported() throws Exception {
        TestJar jar = new TestJar().pluginKey("${atlassian.plugin.key}");

        assertThat(problems(jar)).contains(
                "descriptor: unfiltered Maven property left in atlassian-plugin.xml",
                "descriptor: key is '${atlassian.plugin.key}', expected 'org.example.kpi'");
    }

    @Test
    void manifestProblemsAreReported() throws Exception {
        TestJar jar = new TestJar()
                .header("Export-Package", "org.goldenthread.rest")
                .header("Include-Resource", "i18n/kpi.properties=/home/builder/src/main/resources/i18n/kpi.properties")
                .header("Import-Package", "java.util,jakarta.ws.rs,com.atlassian.jira.issue,org.goldenthread.store");

        assertThat(problems(jar)).contains(
                "manifest: Export-Package must be empty, but exports org.goldenthread.rest",
                "manifest: Include-Resource is a build instruction and must not be shipped",
                "manifest: imports java.util; java.* packages come from the JVM",
                "manifest: imports org.goldenthread.store, which the jar itself contains",
                "manifest: com.atlassian.jira.issue is exported by one product only; import it with"
                        + " resolution:=optional",
                "manifest: the app uses net.java.ao but Import-Package does not name it");
    }

    @Test
    void hostApiDeclarationsAndTestClassesMustNotBePackaged() throws Exception {
        String declaration = "com/atlassian/plugins/rest/api/security/annotation/AnonymousSiteAccess.class";
        String testClass = "org/goldenthread/packaging/fixture/HostClock.class";
        Path testClasses = Path.of("target/test-classes");
        TestJar jar = new TestJar()
                .entry(declaration, Files.readAllBytes(CLASSES.resolve(declaration)))
                .entry(testClass, Files.readAllBytes(testClasses.resolve(testClass)));

        List<String> problems;
        try (PluginJar pluginJar = jar.write(dir.resolve("p.jar"))) {
            problems = PluginJarInspection.problems(pluginJar, KEY, testClasses, List.of());
        }

        assertThat(problems).containsExactlyInAnyOrder(
                "jar: " + declaration + " must not be packaged (host API declaration or workbench)",
                "jar: " + testClass + " is a test class or test resource");
    }

    private List<String> problems(TestJar jar) throws Exception {
        try (PluginJar pluginJar = jar.write(dir.resolve("plugin.jar"))) {
            return PluginJarInspection.problems(pluginJar, KEY, dir.resolve("no-test-classes"), List.of());
        }
    }

    private static String aoModule(String entity) {
        return "<ao key=\"ao\"><restrict application=\"jira\"/><entity>" + entity + "</entity></ao>";
    }

    private static String restModule() {
        return "<rest key=\"rest\" path=\"/kpi\" version=\"1.0\"><restrict application=\"jira\"/>"
                + "<description key=\"kpi.rest\"/><package>org.goldenthread.rest</package></rest>";
    }

    /** A small plugin jar written from parts, sound until a test breaks one part. */
    private static final class TestJar {
        private final Map<String, byte[]> entries = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String key = KEY;
        private String modules = aoModule(ENTITY) + restModule();

        TestJar() throws IOException {
            headers.put("Bundle-ManifestVersion", "2");
            headers.put("Bundle-SymbolicName", KEY);
            headers.put("Atlassian-Plugin-Key", KEY);
            headers.put("Spring-Context", "*");
            headers.put("Bundle-ClassPath", ".");
            headers.put("Import-Package", IMPORTS);
            entry("i18n/kpi.properties", "kpi.rest=KPI REST API\n");
            entry("images/icon.png", "png");
            for (String className : List.of(ENTITY, RESOURCE)) {
                String entry = PluginJar.entryOf(className);
                entries.put(entry, Files.readAllBytes(CLASSES.resolve(entry)));
            }
        }

        TestJar pluginKey(String pluginKey) {
            this.key = pluginKey;
            return this;
        }

        TestJar descriptorModules(String xml) {
            this.modules = xml;
            return this;
        }

        TestJar header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        TestJar entry(String name, String content) {
            return entry(name, content.getBytes(StandardCharsets.UTF_8));
        }

        TestJar entry(String name, byte[] content) {
            entries.put(name, content);
            return this;
        }

        PluginJar write(Path path) throws IOException {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
            try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
                put(jar, "atlassian-plugin.xml", descriptor().getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    put(jar, entry.getKey(), entry.getValue());
                }
            }
            return new PluginJar(path);
        }

        private String descriptor() {
            return "<atlassian-plugin key=\"" + key + "\" name=\"KPI\" plugins-version=\"2\">"
                    + "<plugin-info><description>KPIs</description><version>1.0</version>"
                    + "<vendor name=\"Council\" url=\"https://example.org\"/>"
                    + "<param name=\"plugin-icon\">images/icon.png</param>"
                    + "<param name=\"plugin-logo\">images/icon.png</param>"
                    + "<param name=\"atlassian-data-center-status\">compatible</param>"
                    + "<param name=\"atlassian-data-center-compatible\">true</param></plugin-info>"
                    + "<resource type=\"i18n\" name=\"i18n\" location=\"i18n.kpi\"/>"
                    + modules + "</atlassian-plugin>";
        }

        private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
            jar.putNextEntry(new JarEntry(name));
            jar.write(content);
            jar.closeEntry();
        }
    }
}
