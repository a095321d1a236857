package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.Optional;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.RestatementRequest;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.status.StatusAssessment;
import org.goldenthread.store.MeasurementRepository;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;

/**
 * {@code POST /kpis/{key}/measurements/{periodId}/restatements}: the performance team corrects a published figure,
 * which is otherwise locked for the cycle. The published figure is kept beside the restated one, the status is worked
 * out again, and the restatement is audited with its reason. A figure not yet published is changed through its
 * quarterly update instead.
 */
@LicensedOnly
@Path("/kpis/{key}/measurements/{periodId}/restatements")
@Produces(MediaType.APPLICATION_JSON)
public class RestatementResource {
    private final Access access;
    private final PeriodChanges changes;
    private final MeasurementRepository measurements;

    @Inject
    public RestatementResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.changes = new PeriodChanges(store);
        this.measurements = store.measurements();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public MeasurementRow restate(@Context SecurityContext security, @PathParam("key") String key,
                                  @PathParam("periodId") String periodId, RestatementRequest request) {
        Caller caller = access.caller(security, Role.PERFORMANCE_TEAM, "Restating a published figure");
        StoredKpi stored = changes.lookup().kpi(key, caller);
        KpiDefinition kpi = stored.definition();
        FinancialPeriod period = KpiResource.period("periodId", periodId, kpi).orElseThrow();
        BigDecimal value = FigureValues.decimal(request.value()).orElseThrow(() -> ApiException.invalid("value",
                "value is required: the figure as restated, such as 57.3"));
        String reason = PeriodChanges.reason(request.reason(), "say why the published figure is restated");
        int version = PeriodChanges.version(request.version());
        StoredMeasurement row = changes.current(stored, period, version)
                .filter(figure -> figure.updateState().equals(FigureRelease.PUBLISHED))
                .filter(figure -> figure.value().isPresent())
                .orElseThrow(() -> PeriodChanges.refused("published", "Only a published figure is restated: "
                        + kpi.key() + " " + period.label() + " has no published figure, so change it through its "
                        + "quarterly update"));
        if (row.value().get().compareTo(value) == 0) {
            throw ApiException.invalid("value", "value is already " + kpi.key() + " " + period.label()
                    + "'s figure: a restatement changes it");
        }
        StatusAssessment status = changes.views().assess(changes.targets().schedule(kpi), period,
                Optional.of(new Measurement(period, value, row.dataQuality(), row.definitionVersion())));
        measurements.restate(kpi, period, value, status, reason, version, caller.userKey());
        return changes.row(stored, period, caller);
    }
}
