package org.goldenthread.status;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;

/**
 * The sentence behind a direction of travel: "Improving: 61.2% is up from 58.0% in 2025/26 Q1, and higher is
 * better." Only figures as displayed appear in it.
 */
final class TravelSentence {
    private final KpiDefinition kpi;
    private final ChangeMargin margin;
    private final FinancialPeriod earlierPeriod;

    TravelSentence(KpiDefinition kpi, ChangeMargin margin, FinancialPeriod earlierPeriod) {
        this.kpi = kpi;
        this.margin = margin;
        this.earlierPeriod = earlierPeriod;
    }

    String of(Direction direction, Optional<Band> band, BigDecimal now, BigDecimal then, BigDecimal improvement) {
        String body = band.isPresent() && kpi.polarity() == Polarity.WITHIN_BAND
                ? againstBand(band.get(), now, then)
                : upOrDown(now, then) + ", and " + kpi.polarity().label().toLowerCase(Locale.ROOT);
        if (direction == Direction.NO_CHANGE && improvement.signum() != 0) {
            body += ", within the margin of " + margin.describe(kpi.unit(), kpi.decimals());
        }
        return direction.label() + ": " + body + ".";
    }

    private String upOrDown(BigDecimal now, BigDecimal then) {
        int change = now.compareTo(then);
        if (change == 0) {
            return format(now) + " is the same as in " + earlierPeriod.label();
        }
        return format(now) + " is " + (change > 0 ? "up" : "down") + " from " + format(then) + " in "
                + earlierPeriod.label();
    }

    /** "93.0% is 1.0 points above the 85.0%–92.0% band; 94.5% in 2025/26 Q1 was 2.5 points above it". */
    private String againstBand(Band band, BigDecimal now, BigDecimal then) {
        String name = "the " + band.format(kpi.unit(), kpi.decimals()) + " band";
        String earlier = format(then) + " in " + earlierPeriod.label();
        if (band.contains(now) && band.contains(then)) {
            return format(now) + " is within " + name + ", as was " + earlier;
        }
        return format(now) + " is " + position(band, now, name) + "; " + earlier + " was " + position(band, then, "it");
    }

    private String position(Band band, BigDecimal value, String name) {
        if (band.contains(value)) {
            return "within " + name;
        }
        String side = value.compareTo(band.lower()) < 0 ? " below " : " above ";
        return kpi.unit().formatDifference(band.distanceTo(value), kpi.decimals()) + side + name;
    }

    private String format(BigDecimal value) {
        return kpi.unit().format(value, kpi.decimals());
    }
}
