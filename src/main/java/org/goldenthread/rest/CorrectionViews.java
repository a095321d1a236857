package org.goldenthread.rest;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.goldenthread.contract.OverrideView;
import org.goldenthread.contract.RestatementView;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.status.OverrideRule;
import org.goldenthread.status.Status;
import org.goldenthread.store.Restatement;
import org.goldenthread.store.StatusOverride;

/** How a restated figure and an overridden status read in the API's views, so no view shows one without saying so. */
final class CorrectionViews {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CorrectionViews() {
    }

    static RestatementView restated(KpiDefinition kpi, Restatement restatement, ZoneId zone) {
        String published = display(kpi, restatement.published());
        String restated = display(kpi, restatement.restated());
        String day = DAY.format(restatement.restatedAt().atZone(zone));
        String note = restatement.showsPublished()
                ? "Restated on " + day + ": now " + restated
                : "Restated on " + day + " (published as " + published + "): " + restatement.reason();
        return new RestatementView(restatement.published().toPlainString(), published,
                restatement.restated().toPlainString(), restated,
                restatement.showsPublished() ? "published" : "restated",
                restatement.restatedAt().toString(), restatement.restatedAt().atZone(zone).toLocalDate().toString(),
                restatement.restatedBy(), restatement.reason(), note);
    }

    static OverrideView override(StatusOverride override, Status computed) {
        return new OverrideView(override.status().name(), override.status().label(), computed.name(),
                computed.label(), override.reason(), override.overriddenBy(), override.overriddenAt().toString(),
                OverrideRule.sentence(override.status(), computed, override.reason()));
    }

    private static String display(KpiDefinition kpi, BigDecimal value) {
        return kpi.unit().format(value, kpi.decimals());
    }
}
