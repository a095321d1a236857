package org.goldenthread.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;

/**
 * Times the scorecard read (1,000 KPIs, 40 quarters each) through the repositories next to one plain JDBC SELECT of
 * the same rows, in the same run on the same database, and prints both and their ratio. Not a test: run it with
 * {@code mvn -q test-compile exec:java@scorecard-benchmark}; PostgreSQL too when GT_TEST_POSTGRES_URL is set.
 */
public final class ScorecardBenchmark {
    private static final int RUNS = 51;
    private static final int WARM_UP = 20;

    private ScorecardBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        List<StoreDatabase.Kind> kinds = new ArrayList<>(List.of(StoreDatabase.Kind.HSQLDB));
        if (System.getenv("GT_TEST_POSTGRES_URL") != null) {
            kinds.add(StoreDatabase.Kind.POSTGRESQL);
        }
        for (StoreDatabase.Kind kind : kinds) {
            try (StoreDatabase store = StoreDatabase.open(kind)) {
                ScorecardFixture.load(store, 1000);
                ScorecardReader reader = new ScorecardReader(store.activeObjects());
                String sql = plainSelect();
                long repositories = median(() -> {
                    if (reader.read().size() != 1000) {
                        throw new IllegalStateException("the scorecard lost rows");
                    }
                });
                long plain = median(() -> plainRead(store.database(), sql));
                System.out.printf(Locale.ROOT, "%s: scorecard through the repositories %.1f ms, plain JDBC %.1f ms,"
                        + " ratio %.2f%n", kind, repositories / 1e6, plain / 1e6, (double) repositories / plain);
            }
        }
    }

    /** KPIs, their latest figures and those years' targets, in one statement. */
    private static String plainSelect() {
        String prefix = WorkbenchDatabase.tablePrefix(PluginDescriptor.fromClasspath().key());
        return "SELECT k.*, m.*, t.\"TARGET_VALUE\" FROM \"" + prefix + "KPI\" k"
                + " LEFT JOIN \"" + prefix + "MEASUREMENT\" m ON m.\"ROW_KEY\" = k.\"LATEST_ROW\""
                + " LEFT JOIN \"" + prefix + "TARGET\" t ON t.\"KPI_KEY\" = k.\"KPI_KEY\" AND t.\"PERIOD_ID\" IS NULL"
                + " AND t.\"YEAR_ID\" = SUBSTRING(m.\"PERIOD_ID\", 1, 7) ORDER BY k.\"KPI_KEY\"";
    }

    private static void plainRead(WorkbenchDatabase database, String sql) {
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            int count = 0;
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
                count++;
            }
            if (count != 1000) {
                throw new IllegalStateException("the plain read found " + count + " rows");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long median(Runnable read) {
        for (int i = 0; i < WARM_UP; i++) {
            read.run();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            read.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
