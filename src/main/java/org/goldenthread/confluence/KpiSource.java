package org.goldenthread.confluence;

import java.util.List;
import java.util.Map;
import org.goldenthread.contract.ExceptionView;
import org.goldenthread.contract.ScorecardView;
import org.goldenthread.contract.SeriesView;
import org.goldenthread.contract.TilesView;

/**
 * Where the macros get KPI data: Golden Thread's REST API in Jira, over an application link in Confluence and over
 * loopback HTTP in the workbench. Each call is one request.
 */
public interface KpiSource {
    /**
     * The tiles for the KPIs, in the order asked, at the period ({@code latest}: each KPI's latest published);
     * {@code asPublished} ({@code signed-off} or a date, or empty for now) is which figures a page shows throughout.
     */
    TilesView tiles(List<String> keys, String period, String asPublished) throws KpiSourceException;

    /** Everything the KPI's trend graph needs. */
    SeriesView series(String key, String asPublished) throws KpiSourceException;

    /** The scorecard at the period, filtered by directorate, level, priority and status. */
    ScorecardView scorecard(String period, String asPublished, Map<String, String> filters)
            throws KpiSourceException;

    /** Red and amber KPIs at the period, then good news, with commentary and action plans. */
    List<ExceptionView> exceptions(String period, String asPublished, String directorate) throws KpiSourceException;

    /** Where a reader goes to see the KPI itself. */
    String kpiUrl(String key);
}
