package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import java.util.Optional;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.StatusOverrideRequest;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.status.OverrideRule;
import org.goldenthread.status.Status;
import org.goldenthread.store.MeasurementRepository;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;

/**
 * {@code /kpis/{key}/measurements/{periodId}/status-override}: the performance team sets a period's status in place of
 * the one worked out ({@code PUT}), or removes the override ({@code DELETE}), each with its reason and audited
 * (CYC-08). Every view of the status then shows both.
 */
@LicensedOnly
@Path("/kpis/{key}/measurements/{periodId}/status-override")
@Produces(MediaType.APPLICATION_JSON)
public class StatusOverrideResource {
    private static final String WHAT = "Overriding a KPI's status";

    private final Access access;
    private final PeriodChanges changes;
    private final MeasurementRepository measurements;

    @Inject
    public StatusOverrideResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.changes = new PeriodChanges(store);
        this.measurements = store.measurements();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MeasurementRow override(@Context SecurityContext security, @PathParam("key") String key,
                                   @PathParam("periodId") String periodId, StatusOverrideRequest request) {
        Caller caller = access.caller(security, Role.PERFORMANCE_TEAM, WHAT);
        StoredKpi stored = changes.lookup().kpi(key, caller);
        KpiDefinition kpi = stored.definition();
        FinancialPeriod period = KpiResource.period("periodId", periodId, kpi).orElseThrow();
        Status status = status(kpi, request.status());
        String reason = PeriodChanges.reason(request.reason(), "say why the status worked out is overridden");
        int version = PeriodChanges.version(request.version());
        StoredMeasurement row = withFigure(stored, period, version);
        Status computed = changes.views().computed(changes.targets().schedule(kpi), period, Optional.of(row));
        if (computed == status) {
            throw ApiException.invalid("status", "status is already " + status.name() + " as worked out: an "
                    + "override sets a different one");
        }
        measurements.override(kpi, period, status, computed, reason, version, caller.userKey());
        return changes.row(stored, period, caller);
    }

    @DELETE
    public MeasurementRow remove(@Context SecurityContext security, @PathParam("key") String key,
                                 @PathParam("periodId") String periodId, @QueryParam("reason") String reason,
                                 @QueryParam("version") String version) {
        Caller caller = access.caller(security, Role.PERFORMANCE_TEAM, WHAT);
        StoredKpi stored = changes.lookup().kpi(key, caller);
        KpiDefinition kpi = stored.definition();
        FinancialPeriod period = KpiResource.period("periodId", periodId, kpi).orElseThrow();
        String why = PeriodChanges.reason(reason, "say why the override is removed");
        int madeTo = PeriodChanges.version(version);
        StoredMeasurement row = withFigure(stored, period, madeTo);
        if (row.override().isEmpty()) {
            throw ApiException.notFound(kpi.key() + " " + period.label() + " has no status override to remove");
        }
        Status computed = changes.views().computed(changes.targets().schedule(kpi), period, Optional.of(row));
        measurements.removeOverride(kpi, period, computed, why, madeTo, caller.userKey());
        return changes.row(stored, period, caller);
    }

    private StoredMeasurement withFigure(StoredKpi stored, FinancialPeriod period, int version) {
        return changes.current(stored, period, version).filter(figure -> figure.value().isPresent())
                .orElseThrow(() -> PeriodChanges.refused("figure", stored.definition().key() + " " + period.label()
                        + " has no figure, so there is no status to override"));
    }

    private static Status status(KpiDefinition kpi, String text) {
        String allowed = String.join(", ", OverrideRule.targets(kpi).stream().map(Enum::name).toList());
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("status", "status is required: one of " + allowed);
        }
        Status status;
        try {
            status = Status.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status", "status must be one of " + allowed + ", but is '" + text + "'");
        }
        OverrideRule.refusal(kpi, status).ifPresent(refusal -> {
            throw ApiException.invalid("status", refusal);
        });
        return status;
    }
}
