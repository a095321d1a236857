package org.goldenthread.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.goldenthread.contract.SpcPointView;
import org.goldenthread.contract.SpcView;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.spc.Partition;
import org.goldenthread.spc.ProcessLimits;
import org.goldenthread.spc.SpcEngine;
import org.goldenthread.spc.SpcOptions;
import org.goldenthread.spc.SpcPoint;
import org.goldenthread.spc.SpcResult;
import org.goldenthread.store.ChartNotes;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.TargetRepository;

/**
 * {@code GET /kpis/{key}/spc}: the KPI's Making Data Count chart over the figures the caller may see, with its stored
 * rebases and ghosted points, and assurance judged against the target in force for the latest point.
 */
@Path("/kpis/{key}/spc")
@Produces(MediaType.APPLICATION_JSON)
public class SpcResource {
    /** Means and limits are not figures anyone entered; two places beyond the KPI's own are plenty. */
    private static final int EXTRA_PLACES = 2;

    private final Access access;
    private final KpiLookup lookup;
    private final TargetRepository targets;
    private final ChartNotes notes;
    private final SpcEngine engine = new SpcEngine(SpcOptions.STANDARD);

    @Inject
    public SpcResource(Repositories store, Callers callers) {
        this.access = new Access(callers);
        this.lookup = new KpiLookup(store.kpis(), store.measurements());
        this.targets = store.targets();
        this.notes = store.chartNotes();
    }

    @GET
    public SpcView spc(@Context SecurityContext security, @PathParam("key") String key) {
        Caller caller = access.caller(security);
        StoredKpi stored = lookup.kpi(key);
        KpiDefinition kpi = stored.definition();
        Series series = lookup.released(stored, caller);
        List<Measurement> figures = series.measurements();
        Optional<Target> target = figures.isEmpty() ? Optional.empty()
                : targets.schedule(kpi).targetFor(figures.get(figures.size() - 1).period()).map(TargetInForce::target);
        SpcResult chart = engine.chart(kpi, series, target, notes.rebases(kpi), notes.ghosts(kpi));
        int places = kpi.decimals() + EXTRA_PLACES;
        Optional<Partition> latest = chart.partitions().isEmpty() ? Optional.empty()
                : Optional.of(chart.partitions().get(chart.partitions().size() - 1));
        Optional<ProcessLimits> limits = latest.flatMap(Partition::limits);
        return new SpcView(chart.points().stream().map(point -> point(point, places)).toList(),
                latest.map(partition -> number(partition.mean(), places)).orElse(null),
                limits.map(l -> number(l.upl(), places)).orElse(null),
                limits.map(l -> number(l.lpl(), places)).orElse(null),
                chart.variation().map(Enum::name).orElse(null),
                chart.variation().map(icon -> icon.label()).orElse(null),
                chart.variation().map(icon -> icon.letter()).orElse(null),
                chart.assurance().map(Enum::name).orElse(null),
                chart.assurance().map(icon -> icon.label()).orElse(null),
                chart.assurance().map(icon -> icon.letter()).orElse(null),
                chart.trialLimits(), chart.explanation(), chart.assuranceExplanation());
    }

    private static SpcPointView point(SpcPoint point, int places) {
        return new SpcPointView(point.period().id(), number(point.value(), places), point.partition(),
                number(point.mean(), places),
                point.limits().map(l -> number(l.upl(), places)).orElse(null),
                point.limits().map(l -> number(l.lpl(), places)).orElse(null),
                point.ghosted(), point.ghostReason().orElse(null), point.type().name(),
                point.cause().map(cause -> cause.rule().name()).orElse(null));
    }

    private static String number(OptionalDouble value, int places) {
        return value.isPresent() ? number(value.getAsDouble(), places) : null;
    }

    private static String number(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
