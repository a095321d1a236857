package org.goldenthread.measure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * All of one KPI's targets: a target per financial year (a value, or a band for a band KPI), period profiles, approved
 * amendments, and the definition's default band. Answers which target is in force for any period.
 */
public final class TargetSchedule {
    /** The most recently approved amendment that applies wins: it is the latest decision about that period. */
    private static final Comparator<TargetAmendment> LATEST_LAST =
            Comparator.comparing(TargetAmendment::approvedAt).thenComparing(TargetAmendment::effectiveFrom);

    private final KpiDefinition kpi;
    private final Map<FinancialYear, AnnualTarget> years;
    private final List<TargetAmendment> amendments;

    private TargetSchedule(KpiDefinition kpi, Map<FinancialYear, AnnualTarget> years,
                           List<TargetAmendment> amendments) {
        this.kpi = kpi;
        this.years = years;
        this.amendments = amendments;
    }

    /** A schedule for the KPI, refusing targets of the wrong kind or frequency and two targets for one year. */
    public static TargetSchedule of(KpiDefinition kpi, Collection<AnnualTarget> annualTargets,
                                    Collection<TargetAmendment> amendments) {
        Objects.requireNonNull(kpi, "kpi");
        String subject = "Invalid targets for " + kpi.key();
        Map<FinancialYear, AnnualTarget> years = new HashMap<>();
        for (AnnualTarget annual : annualTargets) {
            if (years.put(annual.year(), annual) != null) {
                throw InvalidFieldsException.of(subject, "financialYear",
                        "must be unique, but " + annual.year().label() + " has two targets");
            }
            checkKind(kpi, subject, annual.target());
            for (Map.Entry<FinancialPeriod, Target> profiled : annual.profile().entrySet()) {
                checkFrequency(kpi, subject, profiled.getKey());
                checkKind(kpi, subject, profiled.getValue());
            }
        }
        List<TargetAmendment> sorted = new ArrayList<>(amendments);
        for (TargetAmendment amendment : sorted) {
            checkFrequency(kpi, subject, amendment.effectiveFrom());
            checkKind(kpi, subject, amendment.target());
        }
        sorted.sort(LATEST_LAST);
        return new TargetSchedule(kpi, Map.copyOf(years), List.copyOf(sorted));
    }

    public static TargetSchedule none(KpiDefinition kpi) {
        return of(kpi, List.of(), List.of());
    }

    public KpiDefinition kpi() {
        return kpi;
    }

    public Optional<AnnualTarget> forYear(FinancialYear year) {
        return Optional.ofNullable(years.get(year));
    }

    /** The years with targets of their own, earliest first. */
    public List<AnnualTarget> years() {
        return years.values().stream().sorted(Comparator.comparing(AnnualTarget::year)).toList();
    }

    public List<TargetAmendment> amendments() {
        return amendments;
    }

    /** The target in force for the period, if any (a KPI need not have one: TGT-01). */
    public Optional<TargetInForce> targetFor(FinancialPeriod period) {
        Optional<TargetInForce> base = baseTargetFor(period);
        Optional<TargetAmendment> amendment = amendments.stream().filter(a -> a.appliesTo(period))
                .reduce((earlier, later) -> later);
        if (amendment.isEmpty()) {
            return base;
        }
        return Optional.of(new TargetInForce(amendment.get().target(), base.map(TargetInForce::target),
                TargetInForce.Source.AMENDMENT, amendment));
    }

    private Optional<TargetInForce> baseTargetFor(FinancialPeriod period) {
        AnnualTarget annual = years.get(period.year());
        if (annual != null) {
            return Optional.of(annual.profiledFor(period)
                    .map(profiled -> TargetInForce.unamended(profiled, TargetInForce.Source.PROFILE))
                    .orElseGet(() -> TargetInForce.unamended(annual.target(), TargetInForce.Source.ANNUAL)));
        }
        return kpi.defaultBand().map(band -> TargetInForce.unamended(band, TargetInForce.Source.DEFAULT_BAND));
    }

    private static void checkKind(KpiDefinition kpi, String subject, Target target) {
        if (!target.suits(kpi.polarity())) {
            throw InvalidFieldsException.of(subject, "target", kpi.polarity() == Polarity.WITHIN_BAND
                    ? "must be a band (a lower and an upper limit), as the polarity is WITHIN_BAND"
                    : "must be a single value, as only a KPI whose polarity is WITHIN_BAND has a band");
        }
    }

    private static void checkFrequency(KpiDefinition kpi, String subject, FinancialPeriod period) {
        if (period.frequency() != kpi.frequency()) {
            String frequency = kpi.frequency().name().toLowerCase(Locale.ROOT);
            throw InvalidFieldsException.of(subject, "period",
                    "must be " + frequency + " like the KPI, but " + period.label() + " is not");
        }
    }
}
