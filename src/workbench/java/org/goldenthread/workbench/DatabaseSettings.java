package org.goldenthread.workbench;

import com.atlassian.activeobjects.spi.DatabaseType;
import java.nio.file.Path;

/** Where the workbench keeps its data: a JDBC URL, credentials, and the schema Active Objects works in. */
public record DatabaseSettings(String url, String user, String password, String schema) {

    /** The embedded default: an HSQLDB file database in the data directory. */
    public static DatabaseSettings hsqldbFile(Path directory) {
        return new DatabaseSettings("jdbc:hsqldb:file:" + directory.resolve("golden-thread") + ";hsqldb.lock_file=true",
                "SA", "", "PUBLIC");
    }

    public DatabaseType type() {
        if (url.startsWith("jdbc:hsqldb:")) {
            return DatabaseType.HSQL;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return DatabaseType.POSTGRESQL;
        }
        return url.startsWith("jdbc:h2:") ? DatabaseType.H2 : DatabaseType.UNKNOWN;
    }
}
