package org.goldenthread.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.goldenthread.contract.ApiError;

/**
 * Refuses a change sent as a form or plain text: those are the bodies another site's page can make a browser send
 * without asking (cross-site request forgery). Changes come as JSON or CSV.
 */
@Provider
public class XsrfGuard implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORGEABLE = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && FORGEABLE.contains(type.getType() + "/" + type.getSubtype())) {
            request.abortWith(Response.status(415).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("unsupported-media-type", null, "Changes are sent as JSON or CSV, never as "
                            + type.getType() + "/" + type.getSubtype())).build());
        }
    }
}
