package org.goldenthread.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.goldenthread.contract.ApiError;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.PeriodFormatException;
import org.goldenthread.store.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a JSON {@link ApiError} with its status; a stack trace is logged, never sent. */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ApiException api) {
            return answer(api.status(), new ApiError(api.error(), api.field(), api.getMessage()));
        }
        if (failure instanceof PeriodFormatException period) {
            return answer(400, new ApiError("invalid", "period", period.getMessage()));
        }
        if (failure instanceof InvalidFieldsException invalid) {
            return answer(400, new ApiError("invalid", invalid.problems().get(0).field(), invalid.getMessage()));
        }
        if (failure instanceof ConflictException conflict) {
            return answer(409, new ApiError("conflict", "version", conflict.getMessage()));
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return answer(status, new ApiError(status == 404 ? "not-found" : "http-" + status, null,
                    status == 404 ? "There is no such resource in Golden Thread's API" : web.getMessage()));
        }
        LOG.error("Golden Thread's API failed", failure);
        return answer(500, new ApiError("internal", null,
                "Golden Thread could not answer: the server's log says why"));
    }

    private static Response answer(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
