package org.goldenthread.contract;

/**
 * A published figure that has since been restated: the figure as published and as restated (exact and as shown),
 * which of the two the view it comes with shows ({@code published} or {@code restated}), when ({@code restatedAt} an
 * instant, {@code restatedOn} a date), who and why, and {@code note}, one sentence saying so ("Restated on 3 November
 * 2026: now 57.3%").
 */
public record RestatementView(String publishedValue, String publishedDisplay, String restatedValue,
                              String restatedDisplay, String shown, String restatedAt, String restatedOn,
                              String restatedBy, String reason, String note) {
}
