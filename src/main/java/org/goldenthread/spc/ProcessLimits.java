package org.goldenthread.spc;

/**
 * A partition's process limits (mean ± 2.66 × the mean moving range) and the lines at two thirds (the 2σ lines) and
 * one third (the 1σ lines) of the way out from the mean.
 */
public record ProcessLimits(double upl, double lpl, double upperTwoSigma, double lowerTwoSigma, double upperOneSigma,
                            double lowerOneSigma) {
    static final double SCALE = 2.66;

    static ProcessLimits around(double mean, double meanMovingRange) {
        double twoSigma = 2 * (SCALE / 3);
        double oneSigma = SCALE / 3;
        return new ProcessLimits(mean + (SCALE * meanMovingRange), mean - (SCALE * meanMovingRange),
                mean + (twoSigma * meanMovingRange), mean - (twoSigma * meanMovingRange),
                mean + (oneSigma * meanMovingRange), mean - (oneSigma * meanMovingRange));
    }

    boolean isBeyond(double value) {
        return value > upl || value < lpl;
    }

    /** Between a 2σ line and its process limit (the limit itself excluded, as a point beyond it is a rule of its own). */
    boolean isCloseToALimit(double value) {
        return !isBeyond(value) && (value < lowerTwoSigma || value > upperTwoSigma);
    }
}
