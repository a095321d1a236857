package org.goldenthread.store;

import java.math.BigDecimal;
import java.util.Map;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetValue;

/** A target as columns (a value, or a band's two limits) and as the exact text the audit trail records. */
final class TargetColumns {
    private TargetColumns() {
    }

    static void put(Map<String, Object> columns, Target target) {
        if (target instanceof Band band) {
            columns.put("BAND_LOW", band.lower().toPlainString());
            columns.put("BAND_HIGH", band.upper().toPlainString());
        } else {
            columns.put("TARGET_VALUE", ((TargetValue) target).value().toPlainString());
        }
    }

    static Target read(String value, String bandLow, String bandHigh) {
        return value != null ? Target.of(new BigDecimal(value))
                : new Band(new BigDecimal(bandLow), new BigDecimal(bandHigh));
    }

    /** "68.0", or "85.0 to 92.0" for a band. */
    static String text(Target target) {
        return target instanceof Band band
                ? band.lower().toPlainString() + " to " + band.upper().toPlainString()
                : ((TargetValue) target).value().toPlainString();
    }
}
