package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.goldenthread.workbench.DatabaseSettings;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty store on a real database for one test: an in-memory HSQLDB, or a new schema in the PostgreSQL named
 * by {@code GT_TEST_POSTGRES_URL} (with {@code GT_TEST_POSTGRES_USER} and {@code GT_TEST_POSTGRES_PASSWORD}). Without
 * that variable the PostgreSQL tests are skipped, except under CI, where they fail.
 */
final class StoreDatabase implements AutoCloseable {
    enum Kind { HSQLDB, POSTGRESQL }

    private static final AtomicInteger HSQLDB_NAMES = new AtomicInteger();

    private final WorkbenchDatabase database;
    private final Runnable cleanUp;

    private StoreDatabase(WorkbenchDatabase database, Runnable cleanUp) {
        this.database = database;
        this.cleanUp = cleanUp;
    }

    static StoreDatabase open(Kind kind) {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        List<String> entities = descriptor.activeObjectsEntities();
        if (kind == Kind.HSQLDB) {
            DatabaseSettings settings = new DatabaseSettings(
                    "jdbc:hsqldb:mem:store" + HSQLDB_NAMES.incrementAndGet(), "SA", "", "PUBLIC");
            return new StoreDatabase(WorkbenchDatabase.connect(settings, descriptor.key(), entities), () -> { });
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
        return new StoreDatabase(WorkbenchDatabase.connect(settings, descriptor.key(), entities),
                () -> sql(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
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

    private static void sql(String url, String user, String password, String statement) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + statement + "' on " + url + ": " + e.getMessage(), e);
        }
    }
}
