package org.goldenthread.contract;

/**
 * A mid-year target amendment (TGT-04) and where it stands: {@code state} is {@code PROPOSED}, {@code APPROVED} or
 * {@code REJECTED}. From {@code periodId} on, {@code amended} (a value, or a band's {@code low} and {@code high})
 * would replace, or has replaced, {@code original}, the year's own target for that period. {@code version} is sent
 * back with the decision.
 */
public record TargetAmendmentView(int id, String kpi, String periodId, String period, String original,
                                  String value, String low, String high, String amended, String reason,
                                  String state, String proposedBy, String proposedAt, String decidedBy,
                                  String decidedAt, String decisionNote, int version) {
}
