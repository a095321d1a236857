package org.goldenthread.workbench;

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
 * The workbench's Active Objects: the real AO library over an HSQLDB file database, named as the products name
 * tables ({@code AO_xxxxxx_} prefix, Atlassian converters), so every query string means the same in Jira.
 */
public final class WorkbenchDatabase implements AutoCloseable {
    private final EntityManager entityManager;
    private final String url;

    private WorkbenchDatabase(EntityManager entityManager, String url) {
        this.entityManager = entityManager;
        this.url = url;
    }

    /** Opens the database in {@code directory} and creates or updates the tables of the given entities. */
    public static WorkbenchDatabase open(Path directory, String pluginKey, List<String> entityClassNames) {
        String url = "jdbc:hsqldb:file:" + directory.resolve("golden-thread") + ";hsqldb.lock_file=true";
        String prefix = tablePrefix(pluginKey);
        EntityManager entityManager = EntityManagerBuilder.url(url).username("SA").password("")
                .schema("PUBLIC")
                .none()
                .tableNameConverter(new AtlassianTableNameConverter(prefix::concat))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        WorkbenchDatabase database = new WorkbenchDatabase(entityManager, url);
        try {
            entityManager.migrate(entityClasses(entityClassNames));
            return database;
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw new WorkbenchException("cannot open the database in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** {@code AO_} and the last six hex digits of the MD5 of the plugin key, the form the products use. */
    static String tablePrefix(String pluginKey) {
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

    public String url() {
        return url;
    }

    /** Shuts HSQLDB down, so the files are consistent and the next start opens them without recovery. */
    @Override
    public void close() {
        try (Connection connection = entityManager.getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already shut down
        } finally {
            entityManager.getProvider().dispose();
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
