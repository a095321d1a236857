package org.goldenthread.render;

import java.util.List;
import org.goldenthread.contract.ExceptionView;

/** A KPI in the exception report: its row, why it is an exception, and its action plans. */
public final class ExceptionModel {
    private final ExceptionView exception;
    private final KpiRowModel row;

    public ExceptionModel(ExceptionView exception, String url) {
        this.exception = exception;
        this.row = new KpiRowModel(exception.kpi(), url);
    }

    public KpiRowModel getKpi() {
        return row;
    }

    public boolean isGood() {
        return exception.good();
    }

    public List<String> getReasons() {
        return exception.reasons();
    }

    public List<PlanModel> getPlans() {
        return exception.actionPlans().stream().map(PlanModel::new).toList();
    }
}
