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
 * better."
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

    String of(Direction direction, Optional<Band> band, BigDecimal now, BigDecimal then) {
        String body = band.isPresent() && kpi.polarity() == Polarity.WITHIN_BAND
                ? againstBand(direction, band.get(), now, then)
                : upOrDown(now, then) + ", and " + kpi.polarity().label().toLowerCase(Locale.ROOT);
        if (direction == Direction.NO_CHANGE && now.compareTo(then) != 0 && !margin.isExact()) {
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

    private String againstBand(Direction direction, Band band, BigDecimal now, BigDecimal then) {
        String position = format(now) + " is " + position(band, now);
        String earlier = format(then) + " in " + earlierPeriod.label();
        return switch (direction) {
            case IMPROVING -> position + ", closer to it than " + earlier;
            case WORSENING -> position + ", further from it than " + earlier;
            default -> position + (band.contains(now) && band.contains(then) ? ", as was " + earlier
                    : ", as far from it as " + earlier);
        };
    }

    private String position(Band band, BigDecimal value) {
        String name = "the " + band.format(kpi.unit(), kpi.decimals()) + " band";
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
