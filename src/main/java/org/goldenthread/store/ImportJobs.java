package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.csv.CsvProblem;

/** The import jobs' rows: each change of state is its own short transaction, so other nodes see it at once. */
final class ImportJobs {
    private final ActiveObjects ao;
    private final Clock clock;

    ImportJobs(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    int start(ImportJob.Kind kind, String fileName, String userKey) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> columns = new HashMap<>();
            columns.put("KIND", kind.name());
            columns.put("FILE_NAME", fileName);
            columns.put("USER_KEY", userKey);
            columns.put("JOB_STATE", ImportJob.State.VALIDATING.name());
            columns.put("STARTED", Date.from(clock.instant()));
            return ao.create(ImportJobEntity.class, columns).getID();
        });
    }

    void rows(int id, int total) {
        update(id, row -> row.setTotalRows(total));
    }

    void writing(int id) {
        update(id, row -> row.setJobState(ImportJob.State.WRITING.name()));
    }

    /** Called inside the import's write transaction, which this joins. */
    void succeeded(int id, Counts counts) {
        update(id, row -> {
            row.setJobState(ImportJob.State.SUCCEEDED.name());
            row.setCreatedRows(counts.created());
            row.setChangedRows(counts.changed());
            row.setUnchangedRows(counts.unchanged());
            row.setFinished(Date.from(clock.instant()));
        });
    }

    ImportJob failed(int id, List<CsvProblem> problems) {
        update(id, row -> {
            row.setJobState(ImportJob.State.FAILED.name());
            row.setReport(ProblemReport.write(problems));
            row.setFinished(Date.from(clock.instant()));
        });
        return find(id).orElseThrow();
    }

    Optional<ImportJob> find(int id) {
        ImportJobEntity row = ao.get(ImportJobEntity.class, id);
        return Optional.ofNullable(row).map(ImportJobs::job);
    }

    private interface Change {
        void apply(ImportJobEntity row);
    }

    private void update(int id, Change change) {
        ao.executeInTransaction(() -> {
            ImportJobEntity row = ao.get(ImportJobEntity.class, id);
            change.apply(row);
            row.save();
            return null;
        });
    }

    private static ImportJob job(ImportJobEntity row) {
        List<CsvProblem> problems = ProblemReport.read(row.getReport());
        return new ImportJob(row.getID(), ImportJob.Kind.valueOf(row.getKind()), row.getFileName(), row.getUserKey(),
                ImportJob.State.valueOf(row.getJobState()), row.getTotalRows(), row.getCreatedRows(),
                row.getChangedRows(), row.getUnchangedRows(), problems, row.getStarted().toInstant(),
                Optional.ofNullable(row.getFinished()).map(Date::toInstant));
    }

    /** How an import's rows compared with what was stored. */
    record Counts(int created, int changed, int unchanged) {
        Counts plus(Counts other) {
            return new Counts(created + other.created, changed + other.changed, unchanged + other.unchanged);
        }
    }
}
