package org.goldenthread.rest;

import java.util.List;
import java.util.Optional;
import org.goldenthread.contract.PeriodStatusView;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.status.Travel;
import org.goldenthread.store.StoredKpi;
import org.goldenthread.store.StoredMeasurement;

/**
 * One KPI at the period a report asks for, as the caller may see it: the figure if released, its status, direction
 * of travel. The period is empty for a KPI with nothing published yet.
 */
record ReportLine(StoredKpi kpi, TargetSchedule targets, Series released, Optional<FinancialPeriod> period,
                  Optional<StoredMeasurement> figure, Optional<PeriodStatusView> status, Optional<Travel> travel,
                  List<String> steps) {
}
