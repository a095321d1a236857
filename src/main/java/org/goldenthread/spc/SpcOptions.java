package org.goldenthread.spc;

/**
 * How the XmR chart is worked out. The defaults are those of Making Data Count as NHSRplotthedots implements it: runs
 * of 7 for a shift or a trend, outlying moving ranges screened out, strict comparison of a target with the limits,
 * and trial limits below 12 points. (NHSRplotthedots warns of trial limits below 13 but draws its icons whatever the
 * count; Making Data Count asks for 12 points before the icons are read.)
 */
public record SpcOptions(int shiftLength, int trendLength, boolean screenOutliers, boolean targetOnLimitCounts,
                         int minimumPoints) {
    public static final SpcOptions STANDARD = new SpcOptions(7, 7, true, false, 12);

    public SpcOptions {
        if (shiftLength < 6 || shiftLength > 8) {
            throw new IllegalArgumentException("shiftLength must be from 6 to 8 points, but is " + shiftLength);
        }
        if (trendLength < 6 || trendLength > 8) {
            throw new IllegalArgumentException("trendLength must be from 6 to 8 points, but is " + trendLength);
        }
        if (minimumPoints < 2) {
            throw new IllegalArgumentException("minimumPoints must be 2 or more, but is " + minimumPoints);
        }
    }

    public SpcOptions withScreenOutliers(boolean screen) {
        return new SpcOptions(shiftLength, trendLength, screen, targetOnLimitCounts, minimumPoints);
    }

    public SpcOptions withTargetOnLimitCounts(boolean counts) {
        return new SpcOptions(shiftLength, trendLength, screenOutliers, counts, minimumPoints);
    }

    public SpcOptions withTrendLength(int length) {
        return new SpcOptions(shiftLength, length, screenOutliers, targetOnLimitCounts, minimumPoints);
    }

    public SpcOptions withShiftLength(int length) {
        return new SpcOptions(length, trendLength, screenOutliers, targetOnLimitCounts, minimumPoints);
    }
}
