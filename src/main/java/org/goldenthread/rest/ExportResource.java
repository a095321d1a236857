package org.goldenthread.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.goldenthread.store.CsvExport;
import org.goldenthread.store.Repositories;

/** {@code /export}: the four CSV files, values exact, which import back unchanged. */
@Path("/export")
public class ExportResource {
    private final Access access;
    private final CsvExport csv;

    @Inject
    public ExportResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.csv = store.csvExport();
    }

    @GET
    @Path("/{kind}")
    @Produces(ImportResource.CSV + ";charset=UTF-8")
    public Response export(@Context SecurityContext security, @PathParam("kind") String kind) {
        access.caller(security, Role.PERFORMANCE_TEAM, "Exporting");
        String file = switch (ImportResource.kind(kind)) {
            case KPIS -> csv.kpis();
            case TARGETS -> csv.targets();
            case MEASUREMENTS -> csv.measurements();
            case BENCHMARKS -> csv.benchmarks();
        };
        return Response.ok(file).header("Content-Disposition", "attachment; filename=\"" + kind + ".csv\"").build();
    }
}
