package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.actionplan.ActionPlan;
import org.goldenthread.actionplan.Milestone;
import org.goldenthread.contract.ActionPlanRequest;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.store.ActionPlanStore;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredActionPlan;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.update.Part;

/**
 * {@code /action-plans}: action plans across KPIs; scrutiny members see them next to the KPIs they are for (ACT-10).
 * A KPI's updaters and the performance team create them ({@code POST}).
 */
@AnonymousSiteAccess
@Path("/action-plans")
@Produces(MediaType.APPLICATION_JSON)
public class ActionPlanResource {
    private final Access access;
    private final ActionPlanStore plans;
    private final Clock clock;
    private final Repositories store;

    @Inject
    public ActionPlanResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.store = store;
        this.plans = store.actionPlans();
        this.clock = store.clock();
    }

    /** Plans for the KPIs listed ({@code kpis=WST-01,HOU-07}), or of a directorate, or with a status. */
    @GET
    public List<ActionPlanView> plans(@Context SecurityContext security, @QueryParam("kpis") String keys,
                                      @QueryParam("directorate") String directorate,
                                      @QueryParam("status") String status) {
        Caller caller = access.caller(security);
        Set<String> wanted = keys == null || keys.isBlank() ? Set.of()
                : Arrays.stream(keys.split(",")).map(String::strip).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        return store.kpis().all().stream().filter(caller::mayRead).map(StoredKpi::definition)
                .filter(kpi -> wanted.isEmpty() || wanted.contains(kpi.key()))
                .filter(kpi -> Filters.matches(directorate, kpi.directorate()))
                .flatMap(kpi -> plans.forKpi(kpi.key()).stream())
                .map(plan -> ActionPlanViews.view(plan, today))
                .filter(plan -> Filters.matches(status, plan.status()))
                .toList();
    }

    /** Creates a plan linked to its KPI: 201 with the plan, or a refusal naming the field and rule. */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, ActionPlanRequest request) {
        Caller caller = access.writer(security);
        if (request == null || request.kpi() == null || request.kpi().isBlank()) {
            throw ApiException.invalid("kpi", "kpi is required: the key of the KPI the plan is for");
        }
        KpiDefinition kpi = store.kpis().find(request.kpi().strip())
                .orElseThrow(() -> ApiException.notFound("There is no KPI " + request.kpi())).definition();
        Set<Part> parts = Participants.of(caller, kpi).parts();
        if (!parts.contains(Part.UPDATER) && !parts.contains(Part.PERFORMANCE_TEAM)) {
            throw new ApiException(403, "refused", "permission", "Only " + kpi.key() + "'s updaters and the "
                    + "performance team may create its action plans");
        }
        List<Milestone> milestones = request.milestones() == null ? List.of() : request.milestones().stream()
                .map(m -> {
                    if (m == null) {
                        throw ApiException.invalid("milestones", "milestones must each have a title and a due date");
                    }
                    return new Milestone(m.title(), date("milestones", m.due()), m.done());
                }).toList();
        ActionPlan plan = new ActionPlan(kpi.key(), request.title(), request.description(), request.owner(),
                date("due", request.due()), request.progress() == null ? 0 : request.progress(), milestones);
        StoredActionPlan created = plans.create(plan, caller.userKey());
        return Response.status(201).entity(ActionPlanViews.view(created, LocalDate.now(clock))).build();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid(field, field + " is required: a date like 2027-03-31");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, field + " must be a date like 2027-03-31, but is '" + text + "'");
        }
    }
}
