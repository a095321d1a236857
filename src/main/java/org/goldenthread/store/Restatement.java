package org.goldenthread.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A published figure corrected after publication: the figure as first published and the status recorded for it then
 * (none if the status was never recorded), the figure it was restated to, and who restated it, when and why; and
 * whether the row that carries it shows the published figure (as a report as published does) or the restated one.
 */
public record Restatement(BigDecimal published, Optional<RecordedStatus> publishedStatus, BigDecimal restated,
                          String restatedBy, Instant restatedAt, String reason, boolean showsPublished) {
    public Restatement {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(restated, "restated");
        Objects.requireNonNull(publishedStatus, "publishedStatus");
        Objects.requireNonNull(restatedBy, "restatedBy");
        Objects.requireNonNull(restatedAt, "restatedAt");
        Objects.requireNonNull(reason, "reason");
    }

    Restatement shownAsPublished() {
        return new Restatement(published, publishedStatus, restated, restatedBy, restatedAt, reason, true);
    }
}
