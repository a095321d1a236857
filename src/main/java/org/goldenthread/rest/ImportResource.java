package org.goldenthread.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.contract.ImportError;
import org.goldenthread.contract.ImportJobView;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.ImportJob;
import org.goldenthread.store.Repositories;

/**
 * {@code /import}: CSV files of KPIs, targets, past figures or benchmarks, each run as a job (SYS-01). Without
 * {@code wait=true} the answer is 202 with the job's id at once, and the job runs in the background.
 */
@Path("/import")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    /** Far more than 50,000 rows of figures; a bigger body is refused before it is read. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    static final String CSV = "text/csv";

    private final Access access;
    private final CsvImport csv;
    private final BackgroundWork background;

    @Inject
    public ImportResource(Repositories store, Callers callers, BackgroundWork background) {
        this.access = new Access(callers, store.settings());
        this.csv = store.csvImport();
        this.background = background;
    }

    @POST
    @Path("/{kind}")
    @Consumes(CSV)
    public Response importFile(@Context SecurityContext security, @PathParam("kind") String kind,
                               @QueryParam("wait") boolean wait, InputStream body) {
        Caller caller = access.caller(security, Role.PERFORMANCE_TEAM, "Importing");
        ImportJob.Kind shape = kind(kind);
        byte[] file = read(body);
        int id = csv.start(shape, kind + ".csv", caller.userKey());
        if (!wait) {
            background.run(() -> csv.run(id, file));
            return Response.status(202).entity(Map.of("job", id)).build();
        }
        ImportJob job = csv.run(id, file);
        return Response.status(job.state() == ImportJob.State.SUCCEEDED ? 200 : 400).entity(view(job)).build();
    }

    @GET
    @Path("/jobs/{id}")
    public ImportJobView job(@Context SecurityContext security, @PathParam("id") int id) {
        access.caller(security, Role.PERFORMANCE_TEAM, "Import jobs");
        return csv.job(id).map(ImportResource::view)
                .orElseThrow(() -> ApiException.notFound("There is no import job " + id));
    }

    static ImportJob.Kind kind(String kind) {
        return switch (kind) {
            case "kpis", "targets", "measurements", "benchmarks" -> ImportJob.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            default -> throw ApiException.notFound("There is no file of " + kind
                    + ": the files are kpis, targets, measurements and benchmarks");
        };
    }

    private static byte[] read(InputStream body) {
        try {
            byte[] file = body.readNBytes(MAX_BYTES + 1);
            if (file.length > MAX_BYTES) {
                throw new ApiException(413, "too-large", null, "The file is larger than " + MAX_BYTES / 1024 / 1024
                        + " MB: split it into smaller files");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportJobView view(ImportJob job) {
        String state = switch (job.state()) {
            case VALIDATING, WRITING -> "RUNNING";
            case SUCCEEDED -> "SUCCEEDED";
            case FAILED -> "FAILED";
        };
        int processed = job.state() == ImportJob.State.VALIDATING ? 0 : job.totalRows();
        return new ImportJobView(job.id(), job.kind().name(), state, processed, job.totalRows(),
                job.createdRows() + job.changedRows(), job.createdRows(), job.changedRows(), job.unchangedRows(),
                job.details().stream().map(problem -> new ImportError(problem.row() == 0 ? null : problem.row(),
                        problem.column().isEmpty() ? null : problem.column(), problem.value(), problem.rule()))
                        .toList());
    }
}
