package org.goldenthread.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench in this JVM: real Jetty, Jersey and Active Objects on an HSQLDB file database. */
class WorkbenchServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void healthAnswersWithTheAppVersion() throws Exception {
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data))) {
            HttpResponse<String> response = get(server.baseUri().resolve("rest/golden-thread/1.0/health"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.body()).matches("\\{\"status\":\"ok\",\"version\":\"\\d+\\.\\d+\\.\\d+[^\"]*\"}");
        }
    }

    @Test
    void servesTheHomePageAndA404ForUnknownPages() throws Exception {
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data))) {
            HttpResponse<String> home = get(server.baseUri());
            HttpResponse<String> unknown = get(server.baseUri().resolve("no-such-page"));

            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("<title>Home \u2013 Golden Thread workbench</title>",
                    "/rest/golden-thread/1.0/health");
            assertThat(unknown.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void createsTheTablesOfTheAoModuleNamedAsTheProductsNameThem() throws Exception {
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data))) {
            String prefix = WorkbenchDatabase.tablePrefix("org.goldenthread.golden-thread");

            assertThat(prefix).matches("AO_[0-9A-F]{6}_");
            assertThat(columns(server.database(), prefix + "AUDIT")).contains(
                    "ID", "KPI_KEY", "PERIOD_ID", "SUBJECT", "USER_KEY", "OCCURRED", "OLD_VALUE", "NEW_VALUE");
        }
        assertThat(data.resolve("golden-thread.script")).exists();
    }

    @Test
    void keepsItsDataAcrossRestarts() throws Exception {
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data))) {
            execute(server.database(), "INSERT INTO " + auditTable() + " (KPI_KEY, SUBJECT, USER_KEY, OCCURRED)"
                    + " VALUES ('WST-01', 'VALUE', 'jbloggs', CURRENT_TIMESTAMP)");
        }
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data))) {
            assertThat(count(server.database(), auditTable())).isEqualTo(1);
        }
    }

    @Test
    void refusesAPortThatIsTakenWithoutTouchingTheData() throws Exception {
        Path otherData = data.resolve("other");
        try (WorkbenchServer first = WorkbenchServer.start(new WorkbenchOptions(0, data.resolve("first")))) {
            int port = first.baseUri().getPort();

            assertThatThrownBy(() -> WorkbenchServer.start(new WorkbenchOptions(port, otherData)))
                    .isInstanceOf(WorkbenchException.class)
                    .hasMessage("port " + port + " on 127.0.0.1 is already in use (choose another with --port or"
                            + " GT_PORT)");
        }
        assertThat(otherData).doesNotExist();
    }

    @Test
    void refusesADataDirectoryAnotherWorkbenchHolds() {
        try (WorkbenchServer first = WorkbenchServer.start(new WorkbenchOptions(0, data))) {
            assertThatThrownBy(() -> WorkbenchServer.start(new WorkbenchOptions(0, data)))
                    .isInstanceOf(WorkbenchException.class)
                    .hasMessage("data directory " + data.toAbsolutePath().normalize()
                            + " is in use by another workbench");
            assertThat(first.baseUri()).isNotNull();
        }
    }

    @Test
    void refusesADataDirectoryThatCannotBeWritten() throws Exception {
        Path file = Files.writeString(data.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> WorkbenchServer.start(new WorkbenchOptions(0, file.resolve("data"))))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith("data directory " + file.resolve("data") + " is not writable (");
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String auditTable() {
        return WorkbenchDatabase.tablePrefix("org.goldenthread.golden-thread") + "AUDIT";
    }

    private static List<String> columns(WorkbenchDatabase database, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.entityManager().getProvider().getConnection();
             ResultSet rs = connection.getMetaData().getColumns(null, "PUBLIC", table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private static void execute(WorkbenchDatabase database, String sql) throws SQLException {
        try (Connection connection = database.entityManager().getProvider().getConnection()) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    private static int count(WorkbenchDatabase database, String table) throws SQLException {
        try (Connection connection = database.entityManager().getProvider().getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
