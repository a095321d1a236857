package org.goldenthread.workbench;

import com.atlassian.activeobjects.spi.DatabaseType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The workbench's Active Objects: the real AO library over an HSQLDB file database by default (or PostgreSQL), named
 * as the products name tables ({@code AO_xxxxxx_} prefix, Atlassian converters), so every query string means the same
 * in Jira.
 */
public final class WorkbenchDatabase implements AutoCloseable {
    private final EntityManager entityManager;
    private final DatabaseSettings settings;
    private final LibraryActiveObjects activeObjects;

    private WorkbenchDatabase(EntityManager entityManager, DatabaseSettings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.activeObjects = new LibraryActiveObjects(entityManager, settings.type());
    }

    /** Opens the database in {@code directory} and creates or updates the tables of the given entities. */
    public static WorkbenchDatabase open(Path directory, String pluginKey, List<String> entityClassNames) {
        try {
            return connect(DatabaseSettings.hsqldbFile(directory), pluginKey, entityClassNames);
        } catch (RuntimeException e) {
            throw new WorkbenchException("cannot open the database in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Connects to the database and creates or updates the tables of the given entities. */
    public static WorkbenchDatabase connect(DatabaseSettings settings, String pluginKey,
                                            List<String> entityClassNames) {
        String prefix = tablePrefix(pluginKey);
        EntityManager entityManager = EntityManagerBuilder.url(settings.url()).username(settings.user())
                .password(settings.password())
                .schema(settings.schema())
                .none()
                .tableNameConverter(new AtlassianTableNameConverter(prefix::concat))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        WorkbenchDatabase database = new WorkbenchDatabase(entityManager, settings);
        try {
            entityManager.migrate(entityClasses(entityClassNames));
            return database;
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw new WorkbenchException("cannot create the tables in " + settings.url() + ": " + e.getMessage(), e);
        }
    }

    /** {@code AO_} and the last six hex digits of the MD5 of the plugin key, the form the products use. */
    public static String tablePrefix(String pluginKey) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(pluginKey.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** The products' Active Objects service over this database. */
    public LibraryActiveObjects activeObjects() {
        return activeObjects;
    }

    public String url() {
        return settings.url();
    }

    /** Shuts an HSQLDB database down, so the files are consistent and the next start opens them without recovery. */
    @Override
    public void close() {
        try {
            if (settings.type() == DatabaseType.HSQL) {
                shutDown();
            }
        } finally {
            entityManager.getProvider().dispose();
        }
    }

    private void shutDown() {
        try (Connection connection = entityManager.getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already shut down
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entityClasses(List<String> names) {
        Class<?>[] classes = new Class<?>[names.size()];
        for (int i = 0; i < names.size(); i++) {
            try {
                classes[i] = Class.forName(names.get(i), false, WorkbenchDatabase.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new WorkbenchException("the ao module names " + names.get(i) + ", which is not on the classpath", e);
            }
        }
        return (Class<? extends RawEntity<?>>[]) classes;
    }
}
