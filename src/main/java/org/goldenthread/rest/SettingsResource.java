package org.goldenthread.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.goldenthread.contract.AuditEntry;
import org.goldenthread.contract.AuditPage;
import org.goldenthread.contract.SettingsView;
import org.goldenthread.store.AuditTrail;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.SettingsRepository;
import org.goldenthread.store.StoredSettings;

/** {@code /settings}: the council's settings and the log of their changes, for administrators. */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private static final String WHAT = "The settings";

    private final Access access;
    private final SettingsRepository settings;
    private final AuditTrail audit;

    @Inject
    public SettingsResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.settings = store.settings();
        this.audit = store.audit();
    }

    @GET
    public SettingsView current(@Context SecurityContext security) {
        access.caller(security, Role.ADMINISTRATOR, WHAT);
        return SettingsForm.view(settings.current());
    }

    /** Saves the settings sent, whole, made to the version they carry; answers them as saved. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsView change(@Context SecurityContext security, SettingsView sent) {
        Caller caller = access.caller(security, Role.ADMINISTRATOR, WHAT);
        if (sent == null || sent.version() == null) {
            throw ApiException.invalid("version", "version is required: the version of the settings you changed");
        }
        StoredSettings saved = settings.change(SettingsForm.settings(sent), sent.version(), caller.userKey());
        return SettingsForm.view(saved);
    }

    @GET
    @Path("/audit")
    public AuditPage changes(@Context SecurityContext security, @QueryParam("page") @DefaultValue("1") int page) {
        access.caller(security, Role.ADMINISTRATOR, WHAT);
        if (page < 1) {
            throw ApiException.invalid("page", "page must be 1 or more, but is " + page);
        }
        int size = KpiResource.AUDIT_PAGE_SIZE;
        List<AuditEntry> events = audit.page(SettingsRepository.AUDIT_KEY, (page - 1) * size, size).stream()
                .map(AuditEntries::entry).toList();
        return new AuditPage(page, size, audit.count(SettingsRepository.AUDIT_KEY), events);
    }
}
