package org.goldenthread.workbench;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.goldenthread.rest.BackgroundWork;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.QuarterlyUpdates;
import org.goldenthread.rest.UpdateStepTaker;
import org.goldenthread.store.Repositories;
import org.goldenthread.workbench.pages.PagePreview;
import org.goldenthread.workbench.pages.PagesServlet;
import org.goldenthread.workbench.render.VelocityTemplates;
import org.goldenthread.workbench.sample.SampleCouncil;
import org.goldenthread.workbench.sample.SamplePages;
import org.goldenthread.workbench.ui.ActionPlansServlet;
import org.goldenthread.workbench.ui.DefinitionServlet;
import org.goldenthread.workbench.ui.ImportServlet;
import org.goldenthread.workbench.ui.KpiPageServlet;
import org.goldenthread.workbench.ui.ScorecardServlet;
import org.goldenthread.workbench.ui.SettingsServlet;
import org.goldenthread.workbench.ui.UpdatesServlet;

/**
 * The embedded host: Jetty on 127.0.0.1 serving the app's REST resources through real Jersey, over the app's
 * Active Objects store in the data directory.
 */
public final class WorkbenchServer implements AutoCloseable {
    public static final String REST_BASE = "/rest/golden-thread/1.0";
    static final String PAGES = "pages";
    /** A signed-in browser is signed out after eight idle hours, a working day. */
    private static final int SESSION_SECONDS = 8 * 3600;

    private final Server server;
    private final ServerConnector connector;
    private final DataDirectory dataDirectory;
    private final WorkbenchDatabase database;
    private final WorkbenchBackground background;

    private WorkbenchServer(Server server, ServerConnector connector, DataDirectory dataDirectory,
                            WorkbenchDatabase database, WorkbenchBackground background) {
        this.server = server;
        this.connector = connector;
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.background = background;
    }

    /**
     * Starts the workbench. The port is taken before the data directory is touched, so a busy port fails without
     * opening anyone's database.
     */
    public static WorkbenchServer start(WorkbenchOptions options) {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(WorkbenchOptions.HOST);
        connector.setPort(options.port());
        server.addConnector(connector);
        openPort(connector, options.port());

        DataDirectory dataDirectory = null;
        WorkbenchDatabase database = null;
        WorkbenchBackground background = null;
        try {
            dataDirectory = DataDirectory.hold(options.dataDirectory());
            database = WorkbenchDatabase.open(dataDirectory.path(), descriptor.key(),
                    descriptor.activeObjectsEntities());
            Repositories store = new Repositories(database.activeObjects(), options.clock());
            if (options.sampleCouncil()) {
                loadSample(store, dataDirectory.path());
                SamplePages.copyIfAbsent(dataDirectory.path().resolve(PAGES));
            }
            background = new WorkbenchBackground();
            URI restBase = URI.create("http://" + WorkbenchOptions.HOST + ":" + connector.getLocalPort() + REST_BASE
                    + "/");
            VelocityTemplates templates = new VelocityTemplates(descriptor.velocityAllowlist());
            PagePreview preview = new PagePreview(descriptor.macros(), templates);
            Map<String, HttpServlet> ui = new LinkedHashMap<>();
            ui.put("/pages/*", new PagesServlet(dataDirectory.path().resolve(PAGES), preview, restBase));
            ui.put("/kpis/*", new KpiPageServlet(restBase, preview));
            ui.put("/scorecard", new ScorecardServlet(restBase, preview));
            ui.put("/updates", new UpdatesServlet(restBase, options.clock()));
            ui.put("/action-plans/*", new ActionPlansServlet(restBase));
            ui.put("/import", new ImportServlet());
            ui.put("/settings", new SettingsServlet(restBase, templates));
            ui.put("/definitions/*", new DefinitionServlet(restBase));
            server.setHandler(handlers(descriptor, store, background, ui));
            server.start();
            return new WorkbenchServer(server, connector, dataDirectory, database, background);
        } catch (Exception e) {
            stopQuietly(server);
            if (background != null) {
                background.close();
            }
            if (database != null) {
                database.close();
            }
            if (dataDirectory != null) {
                dataDirectory.close();
            }
            if (e instanceof WorkbenchException workbenchException) {
                throw workbenchException;
            }
            throw new WorkbenchException("cannot start: " + e.getMessage(), e);
        }
    }

    private static void loadSample(Repositories store, Path data) {
        try {
            new SampleCouncil(store).loadIfEmpty();
        } catch (RuntimeException e) {
            throw new WorkbenchException("the sample council could not be loaded (" + e.getMessage() + "); delete "
                    + data + " and start again, or start with --no-sample", e);
        }
    }

    public URI baseUri() {
        return URI.create("http://" + WorkbenchOptions.HOST + ":" + connector.getLocalPort() + "/");
    }

    public Path dataDirectory() {
        return dataDirectory.path();
    }

    public WorkbenchDatabase database() {
        return database;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops serving, shuts the database down and lets go of the data directory. */
    @Override
    public synchronized void close() {
        if (!server.isStopped()) {
            stopQuietly(server);
            background.close();
            database.close();
            dataDirectory.close();
        }
    }

    private static void openPort(ServerConnector connector, int port) {
        try {
            connector.open();
        } catch (IOException e) {
            if (hasCause(e, BindException.class)) {
                throw new WorkbenchException("port " + port + " on " + WorkbenchOptions.HOST + " is already in use"
                        + " (choose another with --port or GT_PORT)", e);
            }
            throw new WorkbenchException("cannot listen on " + WorkbenchOptions.HOST + ":" + port + ": "
                    + e.getMessage(), e);
        }
    }

    private static ServletContextHandler handlers(PluginDescriptor descriptor, Repositories store,
                                                  WorkbenchBackground background, Map<String, HttpServlet> ui) {
        ResourceConfig rest = new ResourceConfig()
                .packages(descriptor.restPackages().toArray(String[]::new))
                .register(new BasicAuthentication())
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(store).to(Repositories.class);
                        bind(new WorkbenchUsers()).to(Callers.class);
                        bind(background).to(BackgroundWork.class);
                        bind(new QuarterlyUpdates(store)).to(UpdateStepTaker.class);
                    }
                })
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.STRICT);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setMaxInactiveInterval(SESSION_SECONDS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder("rest", new ServletContainer(rest)), REST_BASE + "/*");
        context.addFilter(new FilterHolder(new RequestBodyDrain()), REST_BASE + "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("signin", new SignInServlet()), "/signin");
        context.addServlet(new ServletHolder("signout", new SignInServlet()), "/signout");
        ui.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        context.addServlet(new ServletHolder("static", new StaticFilesServlet()), "/static/*");
        context.addServlet(new ServletHolder("home", new HomePageServlet()), "/");
        return context;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort; the process is ending
        }
    }
}
