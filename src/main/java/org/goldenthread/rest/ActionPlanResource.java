package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.store.ActionPlanStore;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;

/**
 * {@code /action-plans}: action plans across KPIs, read only; scrutiny members see them next to the KPIs they are for
 * (ACT-10).
 */
@UnlicensedSiteAccess
@Path("/action-plans")
@Produces(MediaType.APPLICATION_JSON)
public class ActionPlanResource {
    private final Access access;
    private final ActionPlanStore plans;
    private final Clock clock;
    private final Repositories store;

    @Inject
    public ActionPlanResource(Repositories store, Callers callers) {
        this.access = new Access(callers);
        this.store = store;
        this.plans = store.actionPlans();
        this.clock = store.clock();
    }

    /** Plans for the KPIs listed ({@code kpis=WST-01,HOU-07}), or of a directorate, or with a status. */
    @GET
    public List<ActionPlanView> plans(@Context SecurityContext security, @QueryParam("kpis") String keys,
                                      @QueryParam("directorate") String directorate,
                                      @QueryParam("status") String status) {
        access.caller(security);
        Set<String> wanted = keys == null || keys.isBlank() ? Set.of()
                : Arrays.stream(keys.split(",")).map(String::strip).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        return store.kpis().all().stream().map(StoredKpi::definition)
                .filter(kpi -> wanted.isEmpty() || wanted.contains(kpi.key()))
                .filter(kpi -> Filters.matches(directorate, kpi.directorate()))
                .flatMap(kpi -> plans.forKpi(kpi.key()).stream())
                .map(plan -> ActionPlanViews.view(plan, today))
                .filter(plan -> Filters.matches(status, plan.status()))
                .toList();
    }
}
