package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.goldenthread.contract.HealthStatus;

/** {@code GET /rest/golden-thread/1.0/health}: answers while the app is running, for monitoring and smoke tests. */
@Path("/health")
@AnonymousSiteAccess
public class HealthResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public HealthStatus health() {
        return HealthStatus.ok(AppVersion.current());
    }
}
