package org.goldenthread.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.goldenthread.contract.DecisionRequest;
import org.goldenthread.contract.TargetAmendmentRequest;
import org.goldenthread.contract.TargetAmendmentView;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.store.DecisionRefusedException;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredTargetProposal;
import org.goldenthread.store.TargetProposals;
import org.goldenthread.store.TargetRepository;
import org.goldenthread.update.Part;

/**
 * {@code /kpis/{key}/target-amendments}: mid-year target amendments as controlled changes (TGT-04). The performance
 * team or the KPI's owner proposes one with a reason; the KPI's approver or the performance team approves it, which
 * amends the target from its period on, or rejects it with a reason; no one decides their own proposal. Anyone who
 * may read the KPI sees approved amendments; staff also see those proposed and rejected. Every step is audited.
 */
@AnonymousSiteAccess
@Path("/kpis/{key}/target-amendments")
@Produces(MediaType.APPLICATION_JSON)
public class TargetAmendmentResource {
    private final Access access;
    private final KpiLookup lookup;
    private final TargetRepository targets;
    private final TargetProposals proposals;

    @Inject
    public TargetAmendmentResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.lookup = new KpiLookup(store.kpis(), store.measurements());
        this.targets = store.targets();
        this.proposals = store.targetProposals();
    }

    @GET
    public List<TargetAmendmentView> amendments(@Context SecurityContext security, @PathParam("key") String key) {
        Caller caller = access.caller(security);
        KpiDefinition kpi = lookup.kpi(key, caller).definition();
        TargetSchedule schedule = targets.schedule(kpi);
        return proposals.forKpi(kpi).stream()
                .filter(proposal -> caller.isStaff() || proposal.state() == TargetProposals.State.APPROVED)
                .map(proposal -> TargetAmendmentViews.view(kpi, schedule, proposal)).toList();
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(@Context SecurityContext security, @PathParam("key") String key,
                            TargetAmendmentRequest request) {
        Caller caller = access.writer(security);
        KpiDefinition kpi = lookup.kpi(key, caller).definition();
        if (!caller.has(Role.PERFORMANCE_TEAM) && !kpi.owner().equals(caller.userKey())) {
            throw new ApiException(403, "forbidden", null, "Proposing a target amendment for " + kpi.key()
                    + " is for the performance team or the KPI's owner");
        }
        if (request == null) {
            throw ApiException.invalid("period", "period is required: the period the amended target takes effect "
                    + "from, such as 2025/26 Q3");
        }
        if (blank(request.reason())) {
            throw ApiException.invalid("reason", "reason is required: why the target changes mid-year (TGT-04)");
        }
        FinancialPeriod period = KpiResource.period("period", request.period(), kpi)
                .orElseThrow(() -> ApiException.invalid("period", "period is required: the period the amended "
                        + "target takes effect from, such as 2025/26 Q3"));
        StoredTargetProposal proposal = proposals.propose(kpi, period, target(kpi, request), request.reason(),
                caller.userKey());
        return Response.status(201).entity(TargetAmendmentViews.view(kpi, targets.schedule(kpi), proposal)).build();
    }

    @POST
    @LicensedOnly
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public TargetAmendmentView approve(@Context SecurityContext security, @PathParam("key") String key,
                                       @PathParam("id") int id, DecisionRequest request) {
        return decide(security, key, id, request, true);
    }

    @POST
    @LicensedOnly
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public TargetAmendmentView reject(@Context SecurityContext security, @PathParam("key") String key,
                                      @PathParam("id") int id, DecisionRequest request) {
        return decide(security, key, id, request, false);
    }

    private TargetAmendmentView decide(SecurityContext security, String key, int id, DecisionRequest request,
                                       boolean approve) {
        Caller caller = access.writer(security);
        KpiDefinition kpi = lookup.kpi(key, caller).definition();
        Set<Part> parts = Participants.of(caller, kpi).parts();
        if (!parts.contains(Part.APPROVER) && !parts.contains(Part.PERFORMANCE_TEAM)) {
            throw new ApiException(403, "forbidden", null, "Deciding a target amendment for " + kpi.key()
                    + " is for the KPI's approver or the performance team");
        }
        if (request == null || request.version() == null) {
            throw ApiException.invalid("version", "version is required: the target amendment's version as you "
                    + "last saw it");
        }
        if (!approve && blank(request.reason())) {
            throw ApiException.invalid("reason", "reason is required to reject a target amendment: why the target "
                    + "stays as it is");
        }
        proposals.find(kpi, id).orElseThrow(() -> ApiException.notFound(kpi.key() + " has no target amendment "
                + id));
        StoredTargetProposal decided;
        try {
            decided = approve
                    ? proposals.approve(kpi, id, request.version(), request.reason(), caller.userKey())
                    : proposals.reject(kpi, id, request.version(), request.reason(), caller.userKey());
        } catch (DecisionRefusedException e) {
            throw new ApiException(e.rule() == DecisionRefusedException.Rule.STATE ? 409 : 403, "refused",
                    e.rule().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.getMessage());
        }
        return TargetAmendmentViews.view(kpi, targets.schedule(kpi), decided);
    }

    /** A band for a KPI whose polarity is WITHIN_BAND, a single value for any other. */
    private static Target target(KpiDefinition kpi, TargetAmendmentRequest request) {
        if (kpi.polarity() == Polarity.WITHIN_BAND) {
            if (!blank(request.value())) {
                throw ApiException.invalid("value", "value is not used for " + kpi.key() + ": its polarity is "
                        + "WITHIN_BAND, so give the amended band as low and high");
            }
            BigDecimal low = decimal("low", request.low());
            BigDecimal high = decimal("high", request.high());
            if (low.compareTo(high) > 0) {
                throw ApiException.invalid("high", "high must be at or above low, but the band runs from "
                        + low.toPlainString() + " to " + high.toPlainString());
            }
            return new Band(low, high);
        }
        if (!blank(request.low()) || !blank(request.high())) {
            throw ApiException.invalid(blank(request.low()) ? "high" : "low", "low and high are only for a KPI "
                    + "whose polarity is WITHIN_BAND: give the amended target of " + kpi.key() + " as value");
        }
        return Target.of(decimal("value", request.value()));
    }

    private static BigDecimal decimal(String field, String text) {
        if (blank(text)) {
            throw ApiException.invalid(field, field + " is required: the amended target, such as 65.5");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, field + " must be a number written with digits and a decimal point, "
                    + "e.g. 65.5, but is '" + text + "'");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
