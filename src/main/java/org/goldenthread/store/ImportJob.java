package org.goldenthread.store;

import java.time.Instant;
import org.goldenthread.csv.CsvProblem;
import java.util.List;
import java.util.Optional;

/**
 * An import's state and outcome: how many rows the file had, how many created, changed or already as stored, and
 * every problem that stopped it (nothing is written when there is one).
 */
public record ImportJob(int id, Kind kind, String fileName, String userKey, State state, int totalRows,
                        int createdRows, int changedRows, int unchangedRows, List<CsvProblem> details,
                        Instant started, Optional<Instant> finished) {

    public enum Kind { KPIS, TARGETS, MEASUREMENTS, BENCHMARKS }

    public enum State {
        /** Reading and checking every row; nothing has been written. */
        VALIDATING,
        /** Every row passed; writing them in one transaction. */
        WRITING,
        SUCCEEDED,
        /** Stopped by the problems listed; nothing was written. */
        FAILED
    }

    public ImportJob {
        details = List.copyOf(details);
    }

    /** Each problem as a sentence: "row 3, column value ('6l'): must be a number ...". */
    public List<String> problems() {
        return details.stream().map(CsvProblem::toString).toList();
    }
}
