package org.goldenthread.store;

import java.util.List;
import org.goldenthread.measure.ChartAnnotation;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.spc.Ghost;
import org.goldenthread.spc.Rebase;

/** A KPI's SPC rebases and ghosted points and its trend-graph annotations; adding or removing one is audited. */
public interface ChartNotes {
    enum Kind { REBASE, GHOST, ANNOTATION }

    List<Rebase> rebases(KpiDefinition kpi);

    List<Ghost> ghosts(KpiDefinition kpi);

    List<ChartAnnotation> annotations(KpiDefinition kpi);

    /** Adds a note of the kind at the period, with its reason or text; a second of the same kind there is refused. */
    void add(KpiDefinition kpi, Kind kind, FinancialPeriod period, String note, String userKey);

    /** Removes the note of the kind at the period, if there is one, with why; false if there was none. */
    boolean remove(KpiDefinition kpi, Kind kind, FinancialPeriod period, String reason, String userKey);
}
