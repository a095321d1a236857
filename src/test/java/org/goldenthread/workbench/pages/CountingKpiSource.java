package org.goldenthread.workbench.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goldenthread.confluence.KpiSource;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.contract.DirectionView;
import org.goldenthread.contract.ExceptionView;
import org.goldenthread.contract.ScorecardRowView;
import org.goldenthread.contract.ScorecardView;
import org.goldenthread.contract.SeriesView;
import org.goldenthread.contract.TileView;
import org.goldenthread.contract.TilesView;

/**
 * A stand-in for the application link to Jira that counts its requests: it knows the KPIs it is given, answers with
 * tiles made from their titles, and can be told to fail.
 */
final class CountingKpiSource implements KpiSource {
    private final Map<String, String> titles;
    private final List<List<String>> tileRequests = new ArrayList<>();
    private final List<String> asPublished = new ArrayList<>();
    private final Map<String, SeriesView> series;
    private KpiSourceException failure;

    CountingKpiSource(Map<String, String> titles, Map<String, SeriesView> series) {
        this.titles = titles;
        this.series = series;
    }

    void failWith(KpiSourceException problem) {
        failure = problem;
    }

    List<List<String>> tileRequests() {
        return tileRequests;
    }

    /** The asPublished of each request, in order. */
    List<String> asPublished() {
        return asPublished;
    }

    @Override
    public TilesView tiles(List<String> keys, String period, String asPublished) throws KpiSourceException {
        tileRequests.add(List.copyOf(keys));
        this.asPublished.add(asPublished);
        if (failure != null) {
            throw failure;
        }
        List<TileView> tiles = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String key : keys) {
            if (titles.containsKey(key)) {
                tiles.add(tile(key, titles.get(key)));
            } else {
                unknown.add(key);
            }
        }
        return new TilesView(tiles, unknown);
    }

    @Override
    public SeriesView series(String key, String asPublished) throws KpiSourceException {
        this.asPublished.add(asPublished);
        if (failure != null) {
            throw failure;
        }
        SeriesView found = series.get(key);
        if (found == null) {
            throw new KpiSourceException(KpiSourceException.Problem.NOT_FOUND, "HTTP 404");
        }
        return found;
    }

    @Override
    public ScorecardView scorecard(String period, String asPublished, Map<String, String> filters)
            throws KpiSourceException {
        this.asPublished.add(asPublished);
        if (failure != null) {
            throw failure;
        }
        List<ScorecardRowView> rows = titles.entrySet().stream().map(e -> tile(e.getKey(), e.getValue()).kpi())
                .toList();
        return new ScorecardView(period, rows, Map.of("GREEN", rows.size()));
    }

    /** The first KPI is red with an action plan, the rest are good news. */
    @Override
    public List<ExceptionView> exceptions(String period, String asPublished, String directorate)
            throws KpiSourceException {
        this.asPublished.add(asPublished);
        if (failure != null) {
            throw failure;
        }
        List<ExceptionView> exceptions = new ArrayList<>();
        for (Map.Entry<String, String> kpi : titles.entrySet()) {
            boolean first = exceptions.isEmpty();
            ActionPlanView plan = new ActionPlanView(1, "Plan for " + kpi.getValue(), kpi.getKey(),
                    kpi.getValue(), "ON_TRACK", "2026-03-31", 40, kpi.getValue(), List.of(), 1);
            exceptions.add(new ExceptionView(tile(kpi.getKey(), kpi.getValue()).kpi(), !first,
                    List.of("Reason: " + kpi.getValue()), first ? List.of(plan) : List.of()));
        }
        return exceptions;
    }

    @Override
    public String kpiUrl(String key) {
        return "/kpis/" + key;
    }

    static TileView tile(String key, String title) {
        ScorecardRowView row = new ScorecardRowView(key, title, "Environment", "STRATEGIC", "", "2025-26-Q2",
                "2025/26 Q2", "61.2", "61.2%", "60.0%", "GREEN", "Green", "61.2% meets the 60.0% target.",
                new DirectionView("IMPROVING", "WORSENING"), "CONFIRMED", title, "PUBLISHED", 3, null, null, List.of());
        return new TileView(row, "PERCENT", "COMMON_CAUSE", "Common cause variation", "", "HIT_AND_MISS",
                "Hit and miss", "?", List.of(new TileView.SparkPoint("2025-26-Q1", "58.0"),
                new TileView.SparkPoint("2025-26-Q2", "61.2")), title, title, false);
    }
}
