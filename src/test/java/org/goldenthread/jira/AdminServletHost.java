package org.goldenthread.jira;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A Golden Thread administration servlet served by real Jetty under Jira's context path, with fakes for the Jira
 * services around it that cannot run here: sign-in, web sudo and web resources.
 */
final class AdminServletHost implements AutoCloseable {
    static final String CONTEXT = "/jira";
    static final LoginUriProvider LOGIN = returnUri -> URI.create(CONTEXT + "/login.jsp?os_destination=" + returnUri);

    private final Server server;
    private final String path;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private AdminServletHost(Server server, String path) {
        this.server = server;
        this.path = path;
    }

    static AdminServletHost start(HttpServlet servlet, String path) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath(CONTEXT);
        context.addServlet(new ServletHolder(servlet), path);
        server.setHandler(context);
        server.start();
        return new AdminServletHost(server, path);
    }

    HttpResponse<String> get(String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(query)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String query) {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
                + CONTEXT + path + query);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }

    /** Web sudo as Jira does it: a request without a secure session is sent to confirm the password. */
    static final class FakeWebSudo implements WebSudoManager {
        volatile boolean secure;

        @Override
        public void willExecuteWebSudoRequest(HttpServletRequest request) {
            if (!secure) {
                throw new WebSudoSessionException("no secure administrator session");
            }
        }

        @Override
        public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
            try {
                response.sendRedirect(request.getContextPath() + "/secure/admin/WebSudoAuthenticate!default.jspa");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Records the web resources a page requires. */
    static final class FakePages implements PageBuilderService, WebResourceAssembler, RequiredResources {
        final List<String> required = new ArrayList<>();

        @Override
        public WebResourceAssembler assembler() {
            return this;
        }

        @Override
        public RequiredResources resources() {
            return this;
        }

        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            required.add(moduleCompleteKey);
            return this;
        }
    }
}
