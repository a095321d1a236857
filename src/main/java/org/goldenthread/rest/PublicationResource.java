package org.goldenthread.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.contract.PublicationView;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.store.KpiRepository;
import org.goldenthread.store.MeasurementRepository;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;
import org.goldenthread.update.UpdateAction;
import org.goldenthread.update.UpdateState;

/** {@code POST /updates/{periodId}/publish}: the performance team publishes a period's signed-off updates at once. */
@Path("/updates/{periodId}/publish")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {
    private final Access access;
    private final KpiRepository kpis;
    private final MeasurementRepository measurements;
    private final Repositories store;

    @Inject
    public PublicationResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.kpis = store.kpis();
        this.measurements = store.measurements();
        this.store = store;
    }

    /** Publishes every signed-off update of the period in one transaction, each step audited, and names the KPIs. */
    @POST
    public PublicationView publish(@Context SecurityContext security, @PathParam("periodId") String periodId) {
        Caller caller = access.caller(security, Role.PERFORMANCE_TEAM, "Publishing");
        FinancialPeriod period = Periods.asked(periodId)
                .orElseThrow(() -> ApiException.invalid("periodId", "periodId must name a period"));
        return store.inTransaction(() -> publish(period, caller));
    }

    private PublicationView publish(FinancialPeriod period, Caller caller) {
        List<String> published = new ArrayList<>();
        for (StoredKpi stored : kpis.all()) {
            KpiDefinition kpi = stored.definition();
            if (kpi.frequency() != period.frequency()) {
                continue;
            }
            Optional<StoredMeasurement> row = measurements.find(kpi, period)
                    .filter(found -> found.updateState().equals(UpdateState.SIGNED_OFF.name()));
            if (row.isPresent()) {
                measurements.step(kpi, period, UpdateAction.PUBLISH, Optional.empty(), Optional.empty(), "",
                        row.get().editVersion(), caller.userKey());
                published.add(kpi.key());
            }
        }
        return new PublicationView(period.id(), published);
    }
}
