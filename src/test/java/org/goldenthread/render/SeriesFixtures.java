package org.goldenthread.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goldenthread.contract.SeriesView;
import org.goldenthread.contract.SpcPointView;
import org.goldenthread.contract.SpcView;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.Frequency;

/** Series as the REST API answers them: quarterly, higher is better, target 60 with a 5% tolerance, SPC limits. */
public final class SeriesFixtures {
    private SeriesFixtures() {
    }

    public static SeriesView quarters(String title, int count) {
        List<SeriesView.SeriesPoint> points = new ArrayList<>();
        List<SpcPointView> spc = new ArrayList<>();
        FinancialPeriod period = FinancialPeriod.of(Frequency.QUARTERLY, FinancialYear.startingIn(2021), 1);
        List<FinancialPeriod> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            periods.add(0, period);
            period = period.previous();
        }
        for (int i = 0; i < count; i++) {
            FinancialPeriod at = periods.get(i);
            String value = String.format(Locale.ROOT, "%.1f", 55 + (i % 4) * 2.5 + i * 0.3);
            points.add(new SeriesView.SeriesPoint(at.id(), at.label(), value, value + "%", "60", null, null, "60.0%",
                    "60", "60", null, "57", null, Double.parseDouble(value) >= 60 ? "GREEN"
                    : Double.parseDouble(value) >= 57 ? "AMBER" : "RED", null, null));
            boolean concern = i == count - 1;
            spc.add(new SpcPointView(at.id(), value, 1, "58.9", "66.2", "51.6", "63.76", "54.04", "61.33", "56.47",
                    false, null, concern ? "SPECIAL_CAUSE_CONCERN" : "COMMON_CAUSE", concern ? "BEYOND_LIMIT" : null));
        }
        SpcView view = new SpcView(spc, List.of(new SpcView.PartitionView(1, periods.get(0).id(), null, count, "58.9",
                "2.74", 0, "66.2", "51.6")), "58.9", "66.2", "51.6", "COMMON_CAUSE", "Common cause variation", "",
                "HIT_AND_MISS", "Hit and miss", "?", false, "Common cause variation: nothing unusual.",
                "Hit and miss.");
        return new SeriesView("WST-01", title, "PERCENT", 1, "HIGHER_IS_BETTER", points, view, List.of(),
                List.of(), List.of(new SeriesView.PartitionView(1, periods.get(0).id(), null)));
    }

    static SeriesView with(SeriesView series, List<SeriesView.SeriesPoint> points) {
        return new SeriesView(series.key(), series.title(), series.unit(), series.decimals(), series.polarity(),
                points, series.spc(), series.benchmarks(), series.annotations(), series.partitions());
    }

    static SeriesView.SeriesPoint withoutValue(SeriesView.SeriesPoint p) {
        return new SeriesView.SeriesPoint(p.periodId(), p.period(), null, null, p.target(), p.targetLow(),
                p.targetHigh(), p.targetDisplay(), p.originalTarget(), p.greenFrom(), p.greenTo(), p.amberFrom(),
                p.amberTo(), "MISSING", null, null);
    }
}
