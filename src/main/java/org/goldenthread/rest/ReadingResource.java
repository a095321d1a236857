package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.goldenthread.contract.ReadingView;
import org.goldenthread.store.CouncilSettings;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.SettingsRepository;

/**
 * {@code GET /reading}: how reports read the API, open to anyone, as Confluence asks before it knows how to ask as
 * the reader. It says only what the administrator chose, nothing about any KPI.
 */
@Path("/reading")
@AnonymousSiteAccess
public class ReadingResource {
    private final SettingsRepository settings;

    @Inject
    public ReadingResource(Repositories store) {
        this.settings = store.settings();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReadingView reading() {
        CouncilSettings current = settings.current().settings();
        return new ReadingView(current.councillorReadMode().name(), current.publicReporting());
    }
}
