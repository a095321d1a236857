package org.goldenthread.rest;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Series;
import org.goldenthread.store.KpiRepository;
import org.goldenthread.store.MeasurementRepository;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;

/** Finds a KPI by key for a resource, and the figures of its series the caller may see. */
final class KpiLookup {
    private final KpiRepository kpis;
    private final MeasurementRepository measurements;

    KpiLookup(KpiRepository kpis, MeasurementRepository measurements) {
        this.kpis = kpis;
        this.measurements = measurements;
    }

    /** The KPI, or a 404 naming the key. */
    StoredKpi kpi(String key) {
        return kpis.find(key).orElseThrow(() -> notFound(key));
    }

    /** The KPI if the caller may read it; if not, the same 404 as for no KPI, so that its existence does not leak. */
    StoredKpi kpi(String key, Caller caller) {
        return kpis.find(key).filter(caller::mayRead).orElseThrow(() -> notFound(key));
    }

    private static ApiException notFound(String key) {
        return ApiException.notFound("There is no KPI " + key);
    }

    /** Every stored period of the KPI, figure or not, in period order. */
    List<StoredMeasurement> periods(StoredKpi kpi) {
        return measurements.series(kpi.definition());
    }

    /** The figures released to the caller, as the series the rules work on. */
    Series released(StoredKpi kpi, Caller caller) {
        return released(kpi, caller, AsPublished.NOW, ZoneOffset.UTC);
    }

    /** The figures released to the caller that the view shows. */
    Series released(StoredKpi kpi, Caller caller, AsPublished view, ZoneId zone) {
        List<Measurement> figures = releasedRows(kpi, caller, view, zone).stream()
                .flatMap(figure -> figure.measurement().stream()).toList();
        return Series.of(figures);
    }

    /** The periods' rows released to the caller that the view shows, each as the view shows it. */
    List<StoredMeasurement> releasedRows(StoredKpi kpi, Caller caller, AsPublished view, ZoneId zone) {
        return periods(kpi).stream()
                .filter(figure -> view.shows(figure, zone))
                .filter(figure -> FigureRelease.visible(caller, kpi.definition(), figure.updateState()))
                .map(view::figure).toList();
    }
}
