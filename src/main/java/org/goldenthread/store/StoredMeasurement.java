package org.goldenthread.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Measurement;

/**
 * A period's row as stored: the figure as entered, its update state, who submitted it and when it was published (none
 * for a figure imported as already published), the edit version a change must be made to, and the status recorded at
 * sign-off; with the restatement of a published figure and the performance team's status override, if any.
 */
public record StoredMeasurement(String kpiKey, FinancialPeriod period, FigureEntry entry, String updateState,
                                int definitionVersion, int editVersion, Optional<RecordedStatus> status,
                                Optional<String> submittedBy, Optional<Instant> publishedAt,
                                Optional<Restatement> restatement, Optional<StatusOverride> override) {
    public StoredMeasurement {
        Objects.requireNonNull(kpiKey, "kpiKey");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(updateState, "updateState");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(restatement, "restatement");
        Objects.requireNonNull(override, "override");
    }

    /**
     * The row as it was published: a restated figure's published figure and the status recorded for it, still
     * carrying its restatement so a report can say it has since been restated. Any other row as it is.
     */
    public StoredMeasurement asPublished() {
        if (restatement.isEmpty()) {
            return this;
        }
        Restatement restated = restatement.get();
        FigureEntry published = new FigureEntry(Optional.of(restated.published()), Optional.empty(), Optional.empty(),
                entry.dataQuality(), entry.commentary());
        return new StoredMeasurement(kpiKey, period, published, updateState, definitionVersion, editVersion,
                restated.publishedStatus(), submittedBy, publishedAt, Optional.of(restated.shownAsPublished()),
                override);
    }

    /** The figure for the domain's rules, if one has been entered. */
    public Optional<Measurement> measurement() {
        return entry.value().map(value -> new Measurement(period, value, entry.dataQuality(), definitionVersion));
    }

    public Optional<BigDecimal> value() {
        return entry.value();
    }

    public DataQuality dataQuality() {
        return entry.dataQuality();
    }
}
