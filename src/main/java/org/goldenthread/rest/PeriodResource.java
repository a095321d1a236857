package org.goldenthread.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.contract.PeriodCloseView;
import org.goldenthread.contract.ReasonRequest;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.store.KpiRepository;
import org.goldenthread.store.MeasurementRepository;
import org.goldenthread.store.PeriodLocks;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;
import org.goldenthread.update.UpdateState;

/**
 * {@code /periods/{periodId}}: closing a period's quarterly cycle, for the performance team. It shows what is
 * outstanding, overdue and ready to publish; {@code close} locks the period once no update is in progress, after
 * which its updates take no more steps (one still awaiting data stays unreported) and a published figure changes
 * only by restatement; {@code reopen} undoes that, with a reason.
 */
@Path("/periods/{periodId}")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodResource {
    private static final String WHAT = "Closing a period";
    private static final Set<UpdateState> OUTSTANDING = Set.of(UpdateState.AWAITING_DATA, UpdateState.SUBMITTED,
            UpdateState.VERIFIED);
    private static final Set<UpdateState> IN_PROGRESS = Set.of(UpdateState.SUBMITTED, UpdateState.VERIFIED,
            UpdateState.SIGNED_OFF);

    private final Access access;
    private final KpiRepository kpis;
    private final MeasurementRepository measurements;
    private final PeriodLocks locks;
    private final Repositories store;

    @Inject
    public PeriodResource(Repositories store, Callers callers) {
        this.access = new Access(callers, store.settings());
        this.kpis = store.kpis();
        this.measurements = store.measurements();
        this.locks = store.periodLocks();
        this.store = store;
    }

    @GET
    public PeriodCloseView summary(@Context SecurityContext security, @PathParam("periodId") String periodId) {
        access.caller(security, Role.PERFORMANCE_TEAM, WHAT);
        return summary(period(periodId));
    }

    @POST
    @Path("/close")
    public PeriodCloseView close(@Context SecurityContext security, @PathParam("periodId") String periodId) {
        Caller caller = access.caller(security, Role.PERFORMANCE_TEAM, WHAT);
        FinancialPeriod period = period(periodId);
        return store.inTransaction(() -> {
            PeriodCloseView now = summary(period);
            if (now.closed()) {
                throw refused(period.label() + " is already closed, by " + now.closedBy() + " at " + now.closedAt());
            }
            if (!period.end().isBefore(LocalDate.now(store.clock()))) {
                throw refused(period.label() + " cannot close before it ends on " + period.end());
            }
            if (!now.inProgress().isEmpty()) {
                throw refused(period.label() + " cannot close while " + now.inProgress().size() + " update"
                        + (now.inProgress().size() == 1 ? " is" : "s are") + " in progress (publish or return "
                        + (now.inProgress().size() == 1 ? "it" : "them") + " first): "
                        + String.join(", ", now.inProgress()));
            }
            locks.close(period, caller.userKey());
            return summary(period);
        });
    }

    @POST
    @Path("/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public PeriodCloseView reopen(@Context SecurityContext security, @PathParam("periodId") String periodId,
                                  ReasonRequest request) {
        Caller caller = access.caller(security, Role.PERFORMANCE_TEAM, WHAT);
        FinancialPeriod period = period(periodId);
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw ApiException.invalid("reason", "reason is required: why the closed period's updates need to "
                    + "move again");
        }
        if (!locks.reopen(period, request.reason(), caller.userKey())) {
            throw refused(period.label() + " is not closed");
        }
        return summary(period);
    }

    private PeriodCloseView summary(FinancialPeriod period) {
        LocalDate due = period.dueDate(store.settings().current().settings().submissionLag());
        boolean late = LocalDate.now(store.clock()).isAfter(due);
        Map<UpdateState, Integer> counts = new EnumMap<>(UpdateState.class);
        List<String> inProgress = new ArrayList<>();
        int reported = 0;
        for (StoredKpi stored : kpis.all()) {
            KpiDefinition kpi = stored.definition();
            if (kpi.frequency() != period.frequency()) {
                continue;
            }
            reported++;
            UpdateState state = measurements.find(kpi, period).map(StoredMeasurement::updateState)
                    .map(UpdateState::valueOf).orElse(UpdateState.AWAITING_DATA);
            counts.merge(state, 1, Integer::sum);
            if (IN_PROGRESS.contains(state)) {
                inProgress.add(kpi.key());
            }
        }
        int outstanding = OUTSTANDING.stream().mapToInt(state -> counts.getOrDefault(state, 0)).sum();
        Optional<PeriodLocks.Lock> lock = locks.find(period);
        return new PeriodCloseView(period.id(), period.label(), due.toString(), reported, outstanding,
                late ? outstanding : 0, counts.getOrDefault(UpdateState.SIGNED_OFF, 0),
                counts.getOrDefault(UpdateState.PUBLISHED, 0), counts.getOrDefault(UpdateState.NO_DATA, 0),
                inProgress, lock.isPresent(), lock.map(PeriodLocks.Lock::lockedBy).orElse(null),
                lock.map(l -> l.lockedAt().toString()).orElse(null),
                store.audit().forPeriod(PeriodLocks.AUDIT_KEY, period.id()).stream().map(AuditEntries::entry)
                        .toList());
    }

    private static FinancialPeriod period(String periodId) {
        return Periods.asked(periodId).orElseThrow(() -> ApiException.invalid("periodId",
                "periodId must name a period, such as 2025-26-Q2"));
    }

    private static ApiException refused(String message) {
        return new ApiException(409, "refused", "period", message);
    }
}
