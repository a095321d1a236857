package org.goldenthread.workbench.sample;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.StepRequestBody;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.rest.QuarterlyUpdates;
import org.goldenthread.store.Repositories;
import org.goldenthread.workbench.WorkbenchUsers;

/**
 * The latest quarter's updates under way, each taken through the same workflow and checks as in the app: some still
 * awaiting data, one submitted, one verified, two signed off, one with no data available.
 */
final class QuarterlyRound {
    static final Set<String> AWAITING_DATA = Set.of("CUS-01", "HSG-04", "PLN-02", "COR-03");
    static final String SUBMITTED = "WST-01";
    static final String VERIFIED = "PLN-01";
    static final Set<String> SIGNED_OFF = Set.of("CUS-04", "COR-04");
    static final String NO_DATA = "CUS-03";

    private final QuarterlyUpdates updates;
    private final SampleHistory history;
    private final Map<String, KpiDefinition> kpis;
    private final Map<String, SeriesRecipe> recipes;

    QuarterlyRound(Repositories store, SampleHistory history, Map<String, KpiDefinition> kpis,
                   Map<String, SeriesRecipe> recipes) {
        this.updates = new QuarterlyUpdates(store);
        this.history = history;
        this.kpis = kpis;
        this.recipes = recipes;
    }

    /** The KPIs whose latest quarter is not yet published, so the history leaves it out. */
    Set<String> openKpis() {
        return Stream.of(AWAITING_DATA.stream(), Stream.of(SUBMITTED, VERIFIED, NO_DATA), SIGNED_OFF.stream())
                .flatMap(s -> s).collect(Collectors.toSet());
    }

    void take() {
        submit(SUBMITTED);
        verify(VERIFIED, submit(VERIFIED));
        for (String key : SIGNED_OFF) {
            step("head", key, "sign-off", verify(key, submit(key)), "");
        }
        step("manager", NO_DATA, "no-data", 0,
                "The survey was paused while the contact centre moved to its new telephone system");
    }

    private int submit(String key) {
        KpiDefinition kpi = kpis.get(key);
        FinancialPeriod period = history.latest(kpi.frequency());
        MeasurementRow row = updates.take(WorkbenchUsers.caller("manager"), key, period.id(),
                new StepRequestBody("submit", history.figure(kpi, period).toPlainString(),
                        recipes.get(key).commentary(), "CONFIRMED", null, 0), 0);
        return row.version();
    }

    private int verify(String key, int version) {
        return step(SampleCouncil.PERFORMANCE_OFFICER, key, "verify", version, "");
    }

    private int step(String user, String key, String action, int version, String reason) {
        KpiDefinition kpi = kpis.get(key);
        FinancialPeriod period = history.latest(kpi.frequency());
        return updates.take(WorkbenchUsers.caller(user), key, period.id(),
                new StepRequestBody(action, null, null, null, reason, version), version).version();
    }
}
