package org.goldenthread.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.StepRequestBody;
import org.goldenthread.store.Repositories;

/**
 * The quarterly update (CYC-01): {@code POST /kpis/{key}/updates/{periodId}/transitions} takes one step of a period's
 * update, if the workflow's checks allow it; a refusal names the check that failed. In Jira the step is the transition
 * of the update's issue, so Jira's workflow takes it.
 */
@Path("/kpis/{key}/updates/{periodId}/transitions")
@Produces(MediaType.APPLICATION_JSON)
public class UpdateResource {
    private final Access access;
    private final UpdateStepTaker updates;

    @Inject
    public UpdateResource(Repositories store, Callers callers, UpdateStepTaker updates) {
        this.access = new Access(callers, store.settings());
        this.updates = updates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public MeasurementRow step(@Context SecurityContext security, @PathParam("key") String key,
                               @PathParam("periodId") String periodId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StepRequestBody body) {
        Caller caller = access.writer(security);
        return updates.take(caller, key, periodId, body, version(body, ifMatch));
    }

    private static int version(StepRequestBody body, String ifMatch) {
        if (body.version() != null) {
            return body.version();
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Integer.parseInt(ifMatch.strip().replace("\"", ""));
            } catch (NumberFormatException e) {
                throw ApiException.invalid("version", "If-Match must be the update's version, a whole number");
            }
        }
        throw ApiException.invalid("version", "version is required: the update's version as you last saw it, "
                + "or 0 for a period with no update yet");
    }
}
