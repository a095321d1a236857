package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.goldenthread.workbench.DatabaseSettings;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty store on a real database for one test: an HSQLDB in a temporary directory, or a new schema in the
 * PostgreSQL named by {@code GT_TEST_POSTGRES_URL} (with {@code GT_TEST_POSTGRES_USER} and
 * {@code GT_TEST_POSTGRES_PASSWORD}). Without that variable the PostgreSQL tests are skipped, except under CI, where
 * they fail.
 */
final class StoreDatabase implements AutoCloseable {
    enum Kind { HSQLDB, POSTGRESQL }

    private final DatabaseSettings settings;
    private final String pluginKey;
    private final Runnable cleanUp;
    private WorkbenchDatabase database;

    private StoreDatabase(DatabaseSettings settings, String pluginKey, List<String> entities, Runnable cleanUp) {
        this.settings = settings;
        this.pluginKey = pluginKey;
        this.cleanUp = cleanUp;
        this.database = WorkbenchDatabase.connect(settings, pluginKey, entities);
    }

    /** A store with every entity the plugin declares. */
    static StoreDatabase open(Kind kind) {
        return open(kind, PluginDescriptor.fromClasspath().activeObjectsEntities());
    }

    /** A store with only the given entities, as an earlier version of the app had them. */
    static StoreDatabase open(Kind kind, List<String> entities) {
        String pluginKey = PluginDescriptor.fromClasspath().key();
        if (kind == Kind.HSQLDB) {
            Path directory = temporaryDirectory();
            DatabaseSettings settings = new DatabaseSettings("jdbc:hsqldb:file:" + directory.resolve("store"), "SA",
                    "", "PUBLIC");
            return new StoreDatabase(settings, pluginKey, entities, () -> delete(directory));
        }
        String url = System.getenv("GT_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("GT_TEST_POSTGRES_URL is not set, so the PostgreSQL tests cannot run");
            }
            Assumptions.abort("GT_TEST_POSTGRES_URL is not set; .ci/postgres sets up a PostgreSQL");
        }
        String user = System.getenv("GT_TEST_POSTGRES_USER");
        String password = System.getenv("GT_TEST_POSTGRES_PASSWORD");
        String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        sql(url, user, password, "CREATE SCHEMA " + schema);
        DatabaseSettings settings = new DatabaseSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema="
                + schema, user, password, schema);
        return new StoreDatabase(settings, pluginKey, entities,
                () -> sql(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /** Closes the database and opens it again with the given entities, as a newer version of the app would. */
    void reopen(List<String> entities) {
        database.close();
        database = WorkbenchDatabase.connect(settings, pluginKey, entities);
    }

    ActiveObjects activeObjects() {
        return database.activeObjects();
    }

    WorkbenchDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            cleanUp.run();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("golden-thread-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sql(String url, String user, String password, String statement) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + statement + "' on " + url + ": " + e.getMessage(), e);
        }
    }
}
