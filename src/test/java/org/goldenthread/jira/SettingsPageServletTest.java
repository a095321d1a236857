package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.goldenthread.rest.AppVersion;
import org.goldenthread.store.Repositories;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.goldenthread.workbench.render.VelocityTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Jira's settings page, served by real Jetty under Jira's context path, with the real template renderer and store;
 * Jira's own services around it (users, web sudo, web resources, sign-in) are fakes, as Jira cannot run here.
 */
class SettingsPageServletTest {
    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private AdminServletHost host;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").user("pat.perf");
    private final AdminServletHost.FakeWebSudo webSudo = new AdminServletHost.FakeWebSudo();
    private final AdminServletHost.FakePages pages = new AdminServletHost.FakePages();

    @BeforeEach
    void start() throws Exception {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        Repositories store = new Repositories(database.activeObjects(), Clock.systemUTC());
        SettingsPageServlet servlet = new SettingsPageServlet(new VelocityTemplates(descriptor.velocityAllowlist()),
                pages, AdminServletHost.LOGIN, webSudo, new JiraCallers(jira, jira, jira, jira, jira, jira, store), store);
        host = AdminServletHost.start(servlet, SettingsPageServlet.PATH);
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
        database.close();
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndBroughtBack() throws Exception {
        HttpResponse<String> page = get();

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow())
                .endsWith("/jira/login.jsp?os_destination=/jira/plugins/servlet/golden-thread/settings");
    }

    @Test
    void aUserWhoIsNotAJiraAdministratorIsRefused() throws Exception {
        jira.signIn("pat.perf");

        HttpResponse<String> page = get();

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Golden Thread's administration is for Jira administrators.");
        assertThat(pages.required).isEmpty();
    }

    @Test
    void anAdministratorWithoutASecureSessionConfirmsTheirPasswordFirst() throws Exception {
        jira.signIn("jira.admin");

        HttpResponse<String> page = get();

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("WebSudoAuthenticate");
    }

    @Test
    void anAdministratorSeesTheSettingsFormInJirasAdminLayout() throws Exception {
        jira.signIn("jira.admin");
        webSudo.secure = true;

        HttpResponse<String> page = get();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<meta name=\"decorator\" content=\"atl.admin\">",
                "<meta name=\"admin.active.section\" content=\"admin_plugins_menu/golden-thread-admin\">",
                "<form id=\"wb-settings\" class=\"aui wb-form\" data-version=\"0\" "
                        + "data-rest=\"/jira/rest/golden-thread/1.0/\">",
                "id=\"tolerancePercent\" name=\"tolerancePercent\" type=\"number\" min=\"0\" max=\"100\" step=\"any\" "
                        + "required value=\"5\"");
        assertThat(pages.required).containsExactly(AppVersion.pluginKey() + ":settings-admin");
    }

    @Test
    void theDescriptorLinksJirasAdministrationToThisPage() throws Exception {
        Document descriptor;
        try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element servlet = module(descriptor, "servlet", "settings-page");
        Element item = module(descriptor, "web-item", "settings-link");
        Element resource = module(descriptor, "web-resource", "settings-admin");

        assertThat(servlet.getAttribute("class")).isEqualTo(SettingsPageServlet.class.getName());
        assertThat("/plugins/servlet" + text(servlet, "url-pattern")).isEqualTo(SettingsPageServlet.PATH);
        assertThat(text(item, "link")).isEqualTo(SettingsPageServlet.PATH);
        assertThat(((Element) item.getElementsByTagName("link").item(0)).getAttribute("linkId"))
                .isEqualTo(SettingsPageServlet.ADMIN_TAB);
        assertThat(item.getAttribute("section")).isEqualTo(AdminPage.ADMIN_SECTION);
        assertThat(AdminPage.ADMIN_SECTION).isEqualTo(module(descriptor, "web-section",
                "golden-thread-admin").getAttribute("location") + "/golden-thread-admin");
        assertThat(text(resource, "dependency")).isEqualTo("com.atlassian.auiplugin:ajs");
        for (Element module : List.of(servlet, item, resource)) {
            assertThat(((Element) module.getElementsByTagName("restrict").item(0)).getAttribute("application"))
                    .isEqualTo("jira");
        }
    }

    private HttpResponse<String> get() throws IOException, InterruptedException {
        return host.get("");
    }

    private static Element module(Document descriptor, String type, String key) {
        var modules = descriptor.getElementsByTagName(type);
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            if (module.getAttribute("key").equals(key)) {
                return module;
            }
        }
        throw new AssertionError("atlassian-plugin.xml has no " + type + " " + key);
    }

    private static String text(Element module, String child) {
        return module.getElementsByTagName(child).item(0).getTextContent().strip();
    }
}
