package org.goldenthread.confluence;

import java.util.List;
import org.goldenthread.contract.SeriesView;
import org.goldenthread.contract.TilesView;

/**
 * Where the macros get KPI data: Golden Thread's REST API in Jira, over an application link in Confluence and over
 * loopback HTTP in the workbench. Each call is one request.
 */
public interface KpiSource {
    /** The tiles for the KPIs, in the order asked, at the period ({@code latest}: each KPI's latest published). */
    TilesView tiles(List<String> keys, String period) throws KpiSourceException;

    /** Everything the KPI's trend graph needs. */
    SeriesView series(String key) throws KpiSourceException;

    /** Where a reader goes to see the KPI itself. */
    String kpiUrl(String key);
}
